import { validate, type ValidationError } from 'class-validator';
import { graphError } from './errors';

interface Problem {
  field: string;
  message: string;
}

function problemsOf(errors: ValidationError[], path: string): Problem[] {
  return errors.flatMap((error) => {
    const field = path ? `${path}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: message.replace(error.property, field) }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/**
 * Checks an argument's class-validator rules (on input and args classes) and refuses it with
 * BAD_USER_INPUT naming each field that breaks one; type-graphql calls it for every argument.
 * Omitted optional fields are not checked: GraphQL itself refuses a missing required one.
 */
export async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  const items = Array.isArray(value) ? value : [value];
  const errors = (await Promise.all(items.map((item) => validate(item as object, { forbidUnknownValues: false, skipMissingProperties: true })))).flat();
  const problems = problemsOf(errors, '');
  if (problems.length) {
    throw graphError('BAD_USER_INPUT', problems.map((problem) => problem.message).join('; '), {
      fields: [...new Set(problems.map((problem) => problem.field))],
    });
  }
}
