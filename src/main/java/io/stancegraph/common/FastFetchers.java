package io.stancegraph.common;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.dataloader.DataLoader;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;

/**
 * Swaps SmallRye GraphQL's per-field data fetchers for lean ones that do the same work. For every field of every
 * object, SmallRye's fetchers rebuild a request context, including the field's whole sub-selection as JSON, that
 * nothing in this service reads: on a 50-row statement page that was most of the service's CPU time (bench/README.md).
 * <ul>
 * <li>a plain property ({@link FieldDataFetcher}) is read through a method handle, with SmallRye's own output
 * transformation kept for the fields that declare one;</li>
 * <li>a batched field ({@link BatchDataFetcher}, {@code @Source List<...>}) is queued on the same data loader with the
 * same batch context SmallRye's loader reads (arguments and environment), so the batch call is unchanged.</li>
 * </ul>
 * Any other fetcher (root operations, fields with non-batched arguments) is left as it is. The swap is made once, in the
 * schema's code registry, so no per-field hook runs for it.
 * <p>
 * The same pass resets the registry's field visibility to graphql-java's default: SmallRye reads its own default
 * setting ({@code field-visibility=default}) as a block pattern named "default", so every field lookup of every
 * request ran a regular expression over "Type.field" (about 4 % of the service's CPU on a 50-row page) to block
 * nothing. A configured pattern list or {@code no-introspection} is kept.
 */
final class FastFetchers {

    private FastFetchers() {
    }

    /** The schema with SmallRye's property and batch fetchers replaced by lean ones. */
    static GraphQLSchema install(GraphQLSchema schema, String configuredVisibility) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry lean = registry.transform(b -> {
            if ("default".equals(configuredVisibility)) {
                b.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            for (GraphQLNamedType type : schema.getAllTypesAsList()) {
                if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                        DataFetcher<?> fetcher = registry.getDataFetcher(object, field);
                        if (fetcher instanceof FieldDataFetcher<?> || fetcher instanceof BatchDataFetcher<?>) {
                            b.dataFetcher(FieldCoordinates.coordinates(object, field), lean(fetcher, field));
                        }
                    }
                }
            }
        });
        return schema.transformWithoutTypes(s -> s.codeRegistry(lean));
    }

    private static DataFetcher<?> lean(DataFetcher<?> original, GraphQLFieldDefinition field) {
        try {
            return original instanceof FieldDataFetcher<?> f ? Property.of(f)
                    : Batched.of((BatchDataFetcher<?>) original, field.getArguments().isEmpty() ? field.getName() : null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a SmallRye upgrade moved something: keep its fetcher (slower, still right) rather than fail the request
            return original;
        }
    }

    private static Object read(Object owner, String name) throws ReflectiveOperationException {
        return PrivateFields.of(owner.getClass(), name).get(owner);
    }

    /** A property of a view object, read without SmallRye's per-field context. */
    record Property(MethodHandle getter, FieldHelper helper, boolean transforms) implements LightDataFetcher<Object> {

        static Property of(FieldDataFetcher<?> f) throws ReflectiveOperationException {
            io.smallrye.graphql.schema.model.Field field = (io.smallrye.graphql.schema.model.Field) read(f, "field");
            io.smallrye.graphql.schema.model.Reference owner = (io.smallrye.graphql.schema.model.Reference) read(f, "owner");
            Class<?> type = Class.forName(owner.getClassName(), false, Thread.currentThread().getContextClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle getter = field.getMethodName() == null
                    ? lookup.unreflectGetter(type.getField(field.getPropertyName()))
                    : lookup.unreflect(type.getMethod(field.getMethodName()));
            getter = getter.asType(MethodType.methodType(Object.class, Object.class));
            boolean transforms = field.hasTransformation() || field.isAdaptingTo() || field.isAdaptingWith();
            return new Property(getter, (FieldHelper) read(f, "fieldHelper"), transforms);
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> env)
                throws Exception {
            if (source == null) {
                return null;
            }
            Object value = invoke(source);
            return transforms ? helper.transformOrAdaptResponse(value, env.get()) : value;
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            return get(env.getFieldDefinition(), env.getSource(), () -> env);
        }

        private Object invoke(Object source) throws Exception {
            try {
                return getter.invokeExact(source);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

    /**
     * A {@code @Source List<...>} field: one load per parent on SmallRye's data loader, one call per batch; or, for a
     * field without arguments whose parent was read with its value ({@link Preloaded}), that value.
     */
    record Batched(String loader, ArgumentHelper arguments, String preloadable) implements DataFetcher<Object> {

        static Batched of(BatchDataFetcher<?> f, String preloadable) throws ReflectiveOperationException {
            return new Batched((String) read(f, "batchLoaderName"), (ArgumentHelper) read(f, "argumentHelper"),
                    preloadable);
        }

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            if (preloadable != null && env.getSource() instanceof Preloaded p) {
                Object value = p.preloaded(preloadable);
                if (value != Preloaded.ABSENT) {
                    return value;
                }
            }
            List<Object> args = arguments.getArguments(env, true);
            Map<String, Object> context = new HashMap<>(4);
            context.put(BatchLoaderHelper.ARGUMENTS, args);
            context.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, env);
            DataLoader<Object, Object> dataLoader = env.getDataLoader(loader);
            return dataLoader.load(env.getSource(), context);
        }
    }
}
