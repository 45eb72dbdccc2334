package io.stancegraph.common;

import org.jboss.logging.Logger;

import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;

/**
 * Works around SmallRye GraphQL 2.17 reading {@code @Id List<String>} operation arguments (nodes(ids:),
 * articles(outletIds:)): its model records the element class as the list class and then tries to parse every ID
 * as JSON. Input fields are modelled right; this gives arguments the same element class when the schema is built.
 */
public final class IdListArguments {

    private static final Logger LOG = Logger.getLogger(IdListArguments.class);

    private IdListArguments() {
    }

    static Operation fix(Operation operation) {
        if (operation.hasArguments()) {
            for (Argument a : operation.getArguments()) {
                if (a.hasWrapper() && "ID".equals(a.getReference().getName())
                        && !String.class.getName().equals(a.getReference().getClassName())) {
                    LOG.debugf("ID list argument %s.%s read as String elements", operation.getName(), a.getName());
                    a.getReference().setClassName(String.class.getName());
                    a.getReference().setGraphQLClassName(String.class.getName());
                }
            }
        }
        return operation;
    }
}
