import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { textProblem, type TextRule } from '@school-invites/shared';

const problemOf = (value: unknown, rule: TextRule) =>
  typeof value === 'string' ? textProblem(value, rule) : 'must be text';

/**
 * A free-text field: valid Unicode without control characters, at most `rule.max` code points
 * once trimmed (what PostgreSQL's char_length() counts, so the database's CHECK agrees), and for
 * names one non-blank line. Services store the trimmed value.
 */
export function IsText(rule: TextRule, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      validator: {
        validate: (value: unknown) => problemOf(value, rule) === null,
        defaultMessage: (args?: ValidationArguments) =>
          problemOf(args?.value, rule) ?? 'is not valid text',
      },
    },
    options,
  );
}
