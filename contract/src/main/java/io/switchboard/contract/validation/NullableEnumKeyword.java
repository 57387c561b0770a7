package io.switchboard.contract.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.EnumValidator;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonValidator;
import com.networknt.schema.Keyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/**
 * {@code enum} as OpenAPI 3.0 means it beside {@code nullable: true}: {@code null} passes the type but must still be
 * one of the listed values (Spectral reports it otherwise). The validator's own enum lets {@code null} through.
 */
final class NullableEnumKeyword implements Keyword {

    @Override
    public String getValue() {
        return "enum";
    }

    @Override
    public JsonValidator newValidator(SchemaLocation schemaLocation, JsonNodePath evaluationPath, JsonNode schemaNode,
                                      JsonSchema parentSchema, ValidationContext validationContext) {
        return new StrictEnum(schemaLocation, evaluationPath, schemaNode, parentSchema, validationContext);
    }

    private static final class StrictEnum extends EnumValidator {

        private final boolean nullListed;

        StrictEnum(SchemaLocation schemaLocation, JsonNodePath evaluationPath, JsonNode schemaNode,
                   JsonSchema parentSchema, ValidationContext validationContext) {
            super(schemaLocation, evaluationPath, schemaNode, parentSchema, validationContext);
            boolean listed = false;
            for (JsonNode value : schemaNode) {
                listed |= value.isNull();
            }
            this.nullListed = listed;
        }

        @Override
        public Set<ValidationMessage> validate(ExecutionContext executionContext, JsonNode node, JsonNode rootNode,
                                               JsonNodePath instanceLocation) {
            if (node.isNull() && !nullListed) {
                return Set.of(message().instanceNode(node).instanceLocation(instanceLocation)
                        .arguments(schemaNode.toString()).build());
            }
            return super.validate(executionContext, node, rootNode, instanceLocation);
        }
    }
}
