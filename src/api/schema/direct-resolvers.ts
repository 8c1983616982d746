import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage, type BuildSchemaOptions } from 'type-graphql';
import { ArgsInstances } from './args-instances';

// type-graphql calls every resolver method through one generic wrapper: per call it builds a
// resolver-data object, asks its container for the class instance, sorts the parameter list,
// converts each argument into an instance and "validates" it in an async function (validation is
// off), then awaits them all. Profiled under load, that was 7–8% of an uncached task page and a
// promise per nested field. Here a field whose method takes only its root, the context, the info,
// scalar arguments and @Args classes is called directly with the same values (an @Args class
// built by args-instances.ts as type-graphql builds it). Anything else, and any call whose single
// argument is an object (an input type type-graphql would turn into a class instance), still goes
// through type-graphql's own resolver, so every answer and error stays as it was.

type Metadata = ReturnType<typeof getMetadataStorage>;
type Handler = Metadata['queries'][number];
type Param = NonNullable<Handler['params']>[number];

/** One call's value for each parameter, in declaration order; null when type-graphql must convert. */
type Bind = (root: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown;

function binderOf(param: Param, instances: ArgsInstances): Bind | null {
  switch (param.kind) {
    case 'args': {
      if (param.validateFn || param.validateSettings) return null;
      const convert = instances.argsOf(param.getType());
      return convert && ((_root, args) => convert(args));
    }
    case 'root':
      // A typed root is converted into a class instance; an interface-typed one is passed as is.
      return param.getType === undefined && !param.propertyName ? (root) => root : null;
    case 'context':
      return param.propertyName ? null : (_root, _args, context) => context;
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'arg':
      return param.validateFn || param.validateSettings ? null : (_root, args) => args[param.name];
    default:
      return null;
  }
}

/** The direct call, or null when a parameter needs type-graphql. */
function directCall(
  handler: Handler,
  instance: Record<string, (...values: unknown[]) => unknown>,
  fallback: GraphQLFieldResolver<unknown, unknown>,
  instances: ArgsInstances,
) {
  if ((handler.middlewares?.length ?? 0) > 0 || handler.roles !== undefined) return null;
  const params = [...(handler.params ?? [])].sort((a, b) => a.index - b.index);
  if (params.some((p, i) => p.index !== i)) return null;
  const binders = params.map((p) => binderOf(p, instances));
  if (binders.some((b) => b === null)) return null;
  const bind = binders as Bind[];
  const argNames = params.filter((p) => p.kind === 'arg').map((p) => (p as { name: string }).name);
  const method = handler.methodName;
  const directResolve: GraphQLFieldResolver<unknown, unknown, Record<string, unknown>> = (root, args, context, info) => {
    // An object argument (a list or an input type) is left to type-graphql's conversion.
    for (const name of argNames) {
      const value = args[name];
      if (value !== null && typeof value === 'object') return fallback(root, args, context, info);
    }
    const values = new Array<unknown>(bind.length);
    for (let i = 0; i < bind.length; i++) values[i] = bind[i]!(root, args, context, info);
    return instance[method]!.apply(instance, values);
  };
  return directResolve;
}

/**
 * Replaces type-graphql's wrapper with a direct call on the query fields and the field resolvers
 * of the schema's resolver classes where the parameters allow it; returns how many fields changed.
 * Only for a schema built without middlewares, an auth checker, a container or validation (the
 * wrapper's work would then matter); the resolver classes hold no state, so one instance each serves.
 */
export function bindResolversDirectly(schema: GraphQLSchema, options: BuildSchemaOptions): number {
  if (options.globalMiddlewares?.length || options.authChecker || options.container || options.validate !== false || options.validateFn) return 0;
  const resolvers = options.resolvers as readonly unknown[];
  const storage = getMetadataStorage();
  const instances = new Map<unknown, Record<string, (...values: unknown[]) => unknown>>();
  const instanceOf = (target: unknown) => {
    let instance = instances.get(target);
    if (!instance) instances.set(target, (instance = new (target as new () => Record<string, (...values: unknown[]) => unknown>)()));
    return instance;
  };
  const ours = new Set<unknown>(resolvers);
  const argsInstances = new ArgsInstances(storage);
  let bound = 0;
  const replace = (fields: Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown> }>, name: string, handler: Handler) => {
    const field = fields[name];
    if (!field?.resolve || !ours.has(handler.target)) return;
    const direct = directCall(handler, instanceOf(handler.target), field.resolve, argsInstances);
    if (!direct) return;
    field.resolve = direct as GraphQLFieldResolver<unknown, unknown>;
    bound++;
  };

  const query = schema.getQueryType();
  if (query) for (const handler of storage.queries) replace(query.getFields(), handler.schemaName, handler);

  // As type-graphql builds an object type: its interfaces' fields, then its own (own ones win),
  // each served by the field resolver declared for the class that declared the field.
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const declared = new Map<string, NonNullable<typeof objectType.fields>[number]>();
    const interfaces = storage.interfaceTypes.filter((it) => objectType.interfaceClasses?.includes(it.target));
    for (const field of [...interfaces.flatMap((it) => it.fields ?? []), ...(objectType.fields ?? [])]) declared.set(field.schemaName, field);
    for (const [name, field] of declared) {
      const handler = storage.fieldResolvers.find(
        (it) => (it.kind === 'internal' || ours.has(it.target)) && it.getObjectType?.() === field.target && it.methodName === field.name,
      );
      if (handler?.kind === 'external') replace(type.getFields(), name, handler as unknown as Handler);
    }
  }
  return bound;
}
