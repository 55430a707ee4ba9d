import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/web/api/client.js';
import { errorText, fieldError, fieldLabel, humanIssue } from '../../src/web/components/field-errors.js';

const validation = (issues: { field: string; message: string }[]) =>
  new ApiError(400, 'VALIDATION_FAILED', `${issues[0]?.field}: ${issues[0]?.message}`, { issues });

describe('field errors in words', () => {
  it('names the field as the form does, whatever the path', () => {
    expect(fieldLabel('body.newPerson.displayName')).toBe('Name');
    expect(fieldLabel('emails.0.value')).toBe('Email');
    expect(fieldLabel('body.cadences.inner')).toBe('Inner circle cadence');
    expect(fieldLabel('body.followUpDays')).toBe('Follow up days');
  });

  it('says what is wrong without paths', () => {
    expect(humanIssue({ field: 'body.newPerson.displayName', message: 'must not be empty' })).toBe(
      "Name can't be empty",
    );
    expect(
      errorText(validation([{ field: 'body.cadences.inner', message: 'Too big: expected number to be <=3650' }])),
    ).toBe('Inner circle cadence must be 3650 or less');
    expect(errorText(new ApiError(404, 'PERSON_NOT_FOUND', 'No person 01X'))).toBe('No person 01X');
  });

  it("says a request that got no answer in words, not the browser's 'Failed to fetch'", () => {
    expect(errorText(new TypeError('Failed to fetch'))).toBe(
      'Could not reach kith. Check the connection and try again.',
    );
  });

  it('finds the sentence for one field, and nothing for another', () => {
    const error = validation([{ field: 'body.emails.0.value', message: 'is not a valid email address' }]);
    expect(fieldError(error, 'emails')).toBe("Email isn't a valid email address");
    expect(fieldError(error, 'displayName')).toBeUndefined();
  });
});
