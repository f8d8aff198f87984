/** How the phrasing sets' scorer names what the skill said: the labels brief.md gives writers. */
import { describe, expect, it } from 'vitest';
import { heardLabels } from '../../evaluation/answer-labels';
import { PHRASES, topic } from '../../lambda/content';

describe('the labels a reply counts as', () => {
  it("counts heat's reason as the reason asked for and as what heat does", () => {
    // Act
    const labels = heardLabels(topic('heat').why);
    // Assess
    expect([...labels].sort()).toEqual(['when-heat', 'why']);
  });

  it('counts the reason an overworked muscle stays tight as the contraction answer too', () => {
    // Act
    const labels = heardLabels(topic('overuse').why);
    // Assess
    expect([...labels].sort()).toEqual(['contraction', 'why']);
  });

  it('counts another topic’s reason only as a reason', () => {
    // Act
    const labels = heardLabels(topic('massage').why);
    // Assess
    expect([...labels]).toEqual(['why']);
  });

  it('counts the clarifying question, said after another line, as asking how it started', () => {
    // Act
    const labels = heardLabels(`${PHRASES.unknownSituation} ${PHRASES.clarify}`);
    // Assess
    expect(labels.has('ask-how-it-started')).toBe(true);
  });

  it('counts the same words said again as a repeat', () => {
    // Prepare
    const said = topic('timing').speech;
    // Act
    const labels = heardLabels(said, said);
    // Assess
    expect([...labels].sort()).toEqual(['repeat', 'timing']);
  });
});
