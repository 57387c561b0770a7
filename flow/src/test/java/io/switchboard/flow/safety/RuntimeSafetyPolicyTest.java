package io.switchboard.flow.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a target URL, a source path or a filter may never carry into a route. */
class RuntimeSafetyPolicyTest {

    private final RuntimeSafetyPolicy policy = new RuntimeSafetyPolicy(new RuntimeSafetyPolicy.TargetRules(
            List.of("127.0.0.1:8081"), List.of()));

    @ParameterizedTest
    @ValueSource(strings = {
        "http://127.0.0.1:9090/x?httpClientConfigurer=%23class:java.sql.DriverManager",
        "http://127.0.0.1:9090/x?HttpClientConfigurer=x",
        "http://127.0.0.1:9090/x?a=%23bean:vertx",
        "http://127.0.0.1:9090/x?a=#class:x",
        "http://127.0.0.1:9090/x?throwExceptionOnFailure=false",
        "http://127.0.0.1:9090/x?proxyHost=10.0.0.1",
        "http://127.0.0.1:9090/x?a={{env:HOME}}",
        "http://u:p@127.0.0.1:9090/x",
        "http://169.254.169.254/latest/meta-data",
        "http://169.254.43518/latest",
        "http://2852039166/latest",
        "http://[fd00:ec2::254]/latest",
        "http://[::ffff:169.254.169.254]/latest",
        "http://[fe80::1]/x",
        "http://localhost:8081/api/v1/tokens",
        "http://127.0.0.2:8081/api/v1/flows",
        "ftp://127.0.0.1/x"})
    void targetUrlsThatReachTheHostOrConfigureTheEndpointAreRefused(String url) {
        assertTrue(policy.checkHttpUrl(url).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9090/invoices?tenant=eu&note=a%20b", "https://billing.example.com/v1",
        "http://127.0.0.1:8082/x", "http://10.1.2.3/x", "http://[::1]:9090/x?timeout=5"})
    void ordinaryTargetsPass(String url) {
        assertEquals(Optional.empty(), policy.checkHttpUrl(url), url);
    }

    @Test
    void aTeamCanAllowAHostOrRangeThatIsRefusedByDefault() {
        RuntimeSafetyPolicy allowing = new RuntimeSafetyPolicy(new RuntimeSafetyPolicy.TargetRules(List.of(),
                List.of("169.254.10.0/24", "fe80::10")));

        assertEquals(Optional.empty(), allowing.checkHttpUrl("http://169.254.10.7/x"));
        assertEquals(Optional.empty(), allowing.checkHttpUrl("http://[fe80::10]/x"));
        assertTrue(allowing.checkHttpUrl("http://169.254.169.254/x").isPresent());
    }

    @Test
    void filtersAndSourcePathsCannotReachExpressionLanguagesOrPlaceholders() {
        assertTrue(policy.checkJsonPath("$[?(@.a == '${sysenv.HOME}')]").isPresent());
        assertTrue(policy.checkJsonPath("$[?(@.a == '{{env:HOME}}')]").isPresent());
        assertEquals(Optional.empty(), policy.checkJsonPath("$[?(@.total > 100)]"));
        assertTrue(policy.checkSourcePath("/orders{{env:HOME}}").isPresent());
        assertEquals(Optional.empty(), policy.checkSourcePath("/orders/{id}"));
        assertTrue(policy.checkDataPath("..\\..\\etc").isPresent());
    }
}
