package io.switchboard.runtime.engine;

import io.switchboard.flow.model.FlowTarget;
import io.switchboard.flow.source.FileScope;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;

/**
 * Checks a directory target's folder on disk before each write: a link put inside the data root after the deploy
 * (which checked it too) could lead a write elsewhere. A message whose folder leads outside fails with a
 * {@link DataRootEscapeException} and is stored as failed; nothing is written.
 */
final class DataRootGuard implements InterceptStrategy {

    private final FlowRegistry registry;
    private final Path dataRoot;

    DataRootGuard(FlowRegistry registry, Path dataRoot) {
        this.registry = registry;
        this.dataRoot = dataRoot;
    }

    @Override
    public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode definition, Processor target,
                                                 Processor nextTarget) {
        return TargetStep.routeOf(definition).<Processor>map(routeId -> new Checked(target, routeId)).orElse(target);
    }

    /** The folder of a route's directory target; looked up per message, as the route is built before it is hosted. */
    private Optional<String> folderOf(String routeId) {
        return registry.byRoute(routeId)
                .map(hosted -> hosted.flow().target())
                .filter(FlowTarget.Directory.class::isInstance)
                .map(directory -> ((FlowTarget.Directory) directory).path());
    }

    private final class Checked extends DelegateAsyncProcessor {
        private final String routeId;

        Checked(Processor target, String routeId) {
            super(target);
            this.routeId = routeId;
        }

        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            Optional<String> folder = folderOf(routeId);
            if (folder.isEmpty()) {
                return processor.process(exchange, callback);
            }
            String path = folder.get();
            try {
                FileScope.within(dataRoot).check(dataRoot.resolve(path));
            } catch (FileScope.OutsideScopeException | IOException e) {
                exchange.setException(new DataRootEscapeException("target.path '" + path
                        + "' leads outside the data root through a link; nothing was written"));
                callback.done(true);
                return true;
            }
            return processor.process(exchange, callback);
        }

        @Override
        public String toString() {
            return "DataRootGuard[" + routeId + "]";
        }
    }
}
