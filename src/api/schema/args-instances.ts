import { GraphQLScalarType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

// An @Args class's instance built as type-graphql builds it (convertArgsToInstance), with the
// field lists worked out once per class instead of on every call. type-graphql looks up the
// argument and input type metadata and rebuilds the input's transformation tree per call (4% of
// an uncached task page's samples), then "validates" each argument in an async function (a
// promise per call) even with validation off. The steps and their order are type-graphql 2's:
// the args class's fields then its superclasses' (as listed), each value converted when not
// undefined; input objects by their own fields then inherited ones not redeclared; lists item by
// item; every object finally made an instance of its class (`toType`).

type Metadata = ReturnType<typeof getMetadataStorage>;
type Convert = (data: unknown) => unknown;
interface FieldPlan {
  name: string;
  target: unknown;
  /** Converter of the field's input type; null for scalars, enums and other classes. */
  input: Convert | null;
}

const SIMPLE_TYPES: unknown[] = [String, Boolean, Number, Date, Array, Promise];

/** type-graphql's convertToType: an object becomes an instance of Target, keeping the class's defaults. */
function toType(Target: unknown, data: unknown): unknown {
  if (data == null) return data;
  if (Target instanceof GraphQLScalarType) return data;
  if (SIMPLE_TYPES.includes((data as object).constructor)) return data;
  if (data instanceof (Target as new () => object)) return data;
  if (Array.isArray(data)) return data.map((item) => toType(Target, item));
  const instance = new (Target as new () => Record<string, unknown>)();
  for (const key of Object.keys(instance)) {
    if (instance[key] === undefined && !(key in (data as object))) delete instance[key];
  }
  return Object.assign(instance, data);
}

/** Every class up the prototype chain above `target`. */
function superclassesOf(target: unknown): unknown[] {
  const out: unknown[] = [];
  let superClass = Object.getPrototypeOf(target) as { prototype?: unknown };
  while (superClass.prototype !== undefined) {
    out.push(superClass);
    superClass = Object.getPrototypeOf(superClass) as { prototype?: unknown };
  }
  return out;
}

export class ArgsInstances {
  private readonly inputs = new Map<unknown, Convert | null>();
  private readonly args = new Map<unknown, Convert | null>();

  constructor(private readonly storage: Metadata = getMetadataStorage()) {}

  /** Builds instances of this @Args class from a call's arguments; null when it is not one type-graphql registered. */
  argsOf(ArgsClass: unknown): Convert | null {
    if (this.args.has(ArgsClass)) return this.args.get(ArgsClass)!;
    const own = this.storage.argumentTypes.find((t) => t.target === ArgsClass);
    let convert: Convert | null = null;
    if (own) {
      const fields = [own, ...superclassesOf(own.target).flatMap((c) => this.storage.argumentTypes.filter((t) => t.target === c).slice(0, 1))]
        .flatMap((t) => t.fields ?? [])
        .map((f) => this.plan(f.name, f.getType()));
      convert = (args) => {
        const out: Record<string, unknown> = {};
        for (const f of fields) {
          const value = (args as Record<string, unknown>)[f.name];
          if (value !== undefined) out[f.name] = this.values(f, value);
        }
        return toType(ArgsClass, out);
      };
    }
    this.args.set(ArgsClass, convert);
    return convert;
  }

  /** type-graphql's convertValuesToInstances for one args field. */
  private values(f: FieldPlan, value: unknown): unknown {
    if (value == null) return value;
    if (Array.isArray(value)) return value.map((item) => this.values(f, item));
    return f.input ? f.input(value) : toType(f.target, value);
  }

  private plan(name: string, target: unknown): FieldPlan {
    return { name, target, input: this.inputOf(target) };
  }

  /** type-graphql's convertToInput for an input type (the converter exists before its fields, for recursive inputs). */
  private inputOf(target: unknown): Convert | null {
    if (this.inputs.has(target)) return this.inputs.get(target)!;
    const input = this.storage.inputTypes.find((t) => t.target === target);
    if (!input) {
      this.inputs.set(target, null);
      return null;
    }
    let fields: FieldPlan[] = [];
    const convert: Convert = (data) => {
      if (data == null) return data;
      if (Array.isArray(data)) return data.map(convert);
      const out: Record<string, unknown> = {};
      for (const f of fields) {
        const value = (data as Record<string, unknown>)[f.name];
        if (value === undefined) continue;
        if (value === null || !f.input) out[f.name] = toType(f.target, value);
        else out[f.name] = Array.isArray(value) ? value.map(f.input) : f.input(value);
      }
      return toType(target, out);
    };
    this.inputs.set(target, convert);
    let declared = input.fields ?? [];
    for (const superClass of superclassesOf(input.target)) {
      const superInput = this.storage.inputTypes.find((t) => t.target === superClass);
      if (!superInput) continue;
      const names = new Set(declared.map((f) => f.name));
      declared = [...declared, ...(superInput.fields ?? []).filter((f) => !names.has(f.name))];
    }
    fields = declared.map((f) => this.plan(f.name, f.getType()));
    return convert;
  }
}
