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
      'Sourdough notes',
      'Sourdough starter needs flour. Feed the starter flour daily; sourdough rewards patience.',
    );
    expect(topics).toEqual(expect.arrayContaining(['sourdough', 'starter', 'flour']));
  });
});
