import { describe, expect, it } from 'vitest';
import { extractTopics } from './topics.js';

describe('extractTopics', () => {
  it('names the professional subjects of a text, the title first, by their canonical names', () => {
    const topics = extractTopics(
      'Running Kubernetes on a budget',
      'Our k8s clusters cost too much. FinOps practices and better autoscaling cut cloud spend; ML workloads were the worst.',
    );
    expect(topics[0]).toBe('kubernetes');
    expect(topics).toEqual(expect.arrayContaining(['cloud cost optimization', 'machine learning']));
  });

  it('falls back to repeated words when the vocabulary knows none of the subject', () => {
    const topics = extractTopics(
      'Beekeeping notes',
      'Beekeeping hives need syrup. Feed the hives syrup daily; beekeeping rewards patience.',
    );
    expect(topics).toEqual(expect.arrayContaining(['beekeeping', 'hives', 'syrup']));
  });
});
