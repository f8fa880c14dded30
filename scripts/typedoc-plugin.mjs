// A TypeDoc plugin, loaded by typedoc.json: show data and schemas by the types they promise.
//
// TypeDoc prints the type TypeScript infers. For this library that is often a huge literal type:
// `export const phq9 = { ... } as const satisfies InstrumentDefinition` would show every item and
// band as a nested object type, a zod schema would show its whole shape as type arguments, and
// `parseIntake(): Intake` would show `Intake` expanded. Each of those nested objects is a
// property list with no comments, so `validation.notDocumented` would ask for a comment on every
// item of every instrument. The pages are more useful, and the check means more, when:
//
// 1. a constant written `value satisfies T` (with no annotation) is shown as `T`, which links to
//    T's page, where every property is documented (the data itself is reviewed in the generated
//    docs/instruments/ and docs/exercises/ pages, and a user's editor still sees the literal type);
// 2. a constant built by a library call (a zod schema) keeps its library type but elides object
//    shapes in its type arguments as `{…}`: the fields are documented on the TypeScript type the
//    schema validates (named in its comment), and `jsonSchemaOf` exports the full shape;
// 3. a function whose return type is written as a named type is shown returning that name;
// 4. a property whose type is written as a mapped type (`{ [V in ScriptVariant]: number }`) keeps it.
//
// Nothing is hidden from validation: every reflection that stays in the docs must be documented.

import { Converter, ReferenceType, ReflectionKind, UnknownType } from 'typedoc';
import ts from 'typescript';

/** An elided object shape, printed `{…}` (an unknown type would be wrapped in parentheses). */
class ElidedObjectType extends UnknownType {
  constructor() {
    super('{…}');
  }
  needsParenthesis() {
    return false;
  }
}

/** The type node after `satisfies`, if the variable has no annotation and its value ends in one. */
function satisfiedType(declaration) {
  if (!declaration || !ts.isVariableDeclaration(declaration) || declaration.type || !declaration.initializer) return undefined;
  let value = declaration.initializer;
  while (ts.isParenthesizedExpression(value)) value = value.expression;
  // A built-in instrument is `_builtin({ ... } as const satisfies InstrumentDefinition)`: the call
  // freezes the data and returns it with the same type, so read the argument.
  if (ts.isCallExpression(value) && ts.isIdentifier(value.expression) && value.expression.text === '_builtin' && value.arguments.length === 1) {
    value = value.arguments[0];
    while (ts.isParenthesizedExpression(value)) value = value.expression;
  }
  return ts.isSatisfiesExpression(value) ? value.type : undefined;
}

/** Rebuilds a TypeDoc type, replacing each object-literal type (`{…}`) for which `elide` says so. */
function mapObjectTypes(type, elide, removed) {
  if (!type) return type;
  const walk = (t) => mapObjectTypes(t, elide, removed);
  switch (type.type) {
    case 'reflection':
      if (!elide(type)) return type;
      removed.push(type.declaration);
      return new ElidedObjectType();
    case 'reference':
      if (type.typeArguments) type.typeArguments = type.typeArguments.map(walk);
      return type;
    case 'array':
    case 'optional':
    case 'rest':
      type.elementType = walk(type.elementType);
      return type;
    case 'union':
    case 'intersection':
      type.types = type.types.map(walk);
      return type;
    case 'tuple':
      type.elements = type.elements.map(walk);
      return type;
    case 'namedTupleMember':
      type.element = walk(type.element);
      return type;
    case 'typeOperator':
      type.target = walk(type.target);
      return type;
    default:
      return type;
  }
}

/** Removes reflections that an earlier conversion registered for types that are no longer shown. */
function removeAll(project, reflections) {
  for (const reflection of reflections) if (project.getReflectionById(reflection.id)) project.removeReflection(reflection);
}

/** True when the type (or a type inside it) is an object-literal type. */
function hasObjectType(type) {
  let found = false;
  mapObjectTypes(type, () => {
    found = true;
    return false;
  }, []);
  return found;
}

export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Variable)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.valueDeclaration;
    const project = context.project;
    const promised = satisfiedType(declaration);
    if (promised) {
      // Rule 1: drop the reflections made for the literal type, then convert the promised type.
      const children = [...(project.reflectionChildren.getNoInsert(reflection.id) ?? [])].map((id) => project.getReflectionById(id));
      removeAll(
        project,
        children.filter((child) => child?.parent === reflection),
      );
      reflection.type = context.converter.convertType(context.withScope(reflection), promised);
      return;
    }
    // Rule 2: an unannotated constant whose type comes from another package (a zod schema).
    if (
      declaration &&
      ts.isVariableDeclaration(declaration) &&
      !declaration.type &&
      reflection.type instanceof ReferenceType &&
      reflection.type.package !== project.packageName
    ) {
      const removed = [];
      reflection.type = mapObjectTypes(reflection.type, () => true, removed);
      removeAll(project, removed);
    }
  });

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    // Rule 3: `(): Intake` stays `Intake` rather than the object type TypeScript resolves it to.
    const node = declaration?.type;
    if (node && ts.isTypeReferenceNode(node)) showAsWritten(context, signature, node);
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    // Rule 4: a property typed `{ readonly [V in ScriptVariant]: number }` stays a mapped type; resolved,
    // it would be an object whose keys have no declaration to document.
    if (!reflection.kindOf(ReflectionKind.Property)) return;
    const declaration = context.getSymbolFromReflection(reflection)?.valueDeclaration;
    const node = declaration && (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) ? declaration.type : undefined;
    if (node && ts.isMappedTypeNode(node)) showAsWritten(context, reflection, node);
  });
}

/** Converts `owner`'s type from the node the source wrote, if TypeScript's resolved type printed an object type. */
function showAsWritten(context, owner, node) {
  if (!hasObjectType(owner.type)) return;
  const removed = [];
  mapObjectTypes(owner.type, () => true, removed);
  removeAll(context.project, removed);
  owner.type = context.converter.convertType(context.withScope(owner), node);
}
