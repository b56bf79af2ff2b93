/**
 * New questions are asked only of the people they concern (issue 18): the common journeys take no
 * more answers than they did before the relative's exemption, the baby and the payment-plan
 * questions were added.
 */
import { describe, expect, test } from 'vitest';
import { isQuestion } from '../../src/questions/steps';
import { drive } from '../support/drive';

const answersTo = (answers: Parameters<typeof drive>[0]) => {
  const { steps, missing, unused } = drive(answers, 'result');
  expect(missing).toBeNull();
  expect(unused).toEqual([]);
  return steps.filter(isQuestion);
};

describe('the Check asks no more than it did', () => {
  test('a GP visit in England: three answers', () => {
    expect(answersTo({ audience: 'self', nation: 'england', care: 'gp' })).toEqual(['audience', 'nation', 'care']);
  });

  test('a pending asylum claim in England: six answers', () => {
    expect(answersTo({ audience: 'self', nation: 'england', care: 'hospital', cause: 'no', status: 'asylum', asylumStage: 'pending' })).toEqual([
      'audience',
      'nation',
      'care',
      'cause',
      'status',
      'asylumStage',
    ]);
  });

  test('a visitor with no exemption in England: the family and baby questions are not asked', () => {
    expect(answersTo({ audience: 'self', nation: 'england', care: 'hospital', cause: 'no', status: 'visa', visaType: 'visit', special: 'none' })).not.toContain('relativeExemption');
  });
});
