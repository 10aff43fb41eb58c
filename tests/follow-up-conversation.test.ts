// Follow-ups through the shared pipeline: a conversation remembers its last question for a
// while, a follow-up is answered as the question it stands for and says so first, and one
// conversation never continues another.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../src/pipeline.js';
import { renderEmbed } from '../src/render/embed.js';
import { renderText } from '../src/render/text.js';
import { FOLLOW_UP_TTL_SECONDS, MemoryConversations, type ConversationRef } from '../src/store/conversations.js';
import { coverageForTests } from './helpers/built-coverage.js';
import { CHILE_PLEDGE, FOLLOW_UP_ARTICLES, NORWAY_PLEDGE } from './helpers/follow-up-coverage.js';

const { facts } = coverageForTests(FOLLOW_UP_ARTICLES);

function conversation(now: () => number = () => 0, id = 'session'): ConversationRef {
  return { conversations: new MemoryConversations({ now }), id };
}

describe('GIVEN a question in a conversation', () => {
  it('WHEN "and chile" follows THEN it is answered as the question about Chile, and the answer says how it was taken', () => {
    const talk = conversation();
    expect(answerLine('how much flood relief has norway given', facts(), talk).items[0]?.text).toBe(NORWAY_PLEDGE);
    const answer = answerLine('and chile', facts(), talk);
    expect(answer.takenAs).toBe('how much flood relief has chile given');
    expect(answer.items[0]?.text).toBe(CHILE_PLEDGE);
    expect(renderText(answer).split('\n')[0]).toBe('Taking this as: how much flood relief has chile given');
  });

  it('WHEN follow-ups follow follow-ups THEN each builds on the question answered last', () => {
    const talk = conversation();
    answerLine('what did lindqvist say', facts(), talk);
    expect(answerLine('and haraldsen', facts(), talk).items[0]?.text).toBe('Haraldsen said engineers would arrive before the rainy season.');
    expect(answerLine('what about lindqvist', facts(), talk).takenAs).toBe('what did lindqvist say');
  });

  it('WHEN "thanks" comes in between THEN the question can still be followed up; after a slash line it cannot', () => {
    const talk = conversation();
    answerLine('how much flood relief has norway given', facts(), talk);
    expect(answerLine('thanks', facts(), talk).command).toBe('help');
    expect(answerLine('and chile', facts(), talk).takenAs).toBe('how much flood relief has chile given');
    answerLine('/sources', facts(), talk);
    answerLine('/who name:lindqvist', facts(), talk);
    expect(answerLine('and chile', facts(), talk).takenAs).toBeUndefined();
  });

  it(`WHEN the follow-up comes ${FOLLOW_UP_TTL_SECONDS} s later THEN the question is forgotten and the line is a question of its own`, () => {
    let now = 1_000_000;
    const talk = conversation(() => now);
    answerLine('how much flood relief has norway given', facts(), talk);
    now += FOLLOW_UP_TTL_SECONDS * 1000 - 1;
    expect(answerLine('what about chile', facts(), talk).takenAs).toBe('how much flood relief has chile given');
    now += FOLLOW_UP_TTL_SECONDS * 1000;
    expect(answerLine('and norway', facts(), talk).takenAs).toBeUndefined();
  });

  it('WHEN another conversation, or no conversation, types "and chile" THEN it is not taken as a follow-up', () => {
    const conversations = new MemoryConversations();
    answerLine('how much flood relief has norway given', facts(), { conversations, id: 'one' });
    expect(answerLine('and chile', facts(), { conversations, id: 'two' }).takenAs).toBeUndefined();
    expect(answerLine('and chile', facts()).takenAs).toBeUndefined();
    expect(answerLine('and chile', facts(), { conversations, id: 'one' }).takenAs).toBe('how much flood relief has chile given');
  });

  it('WHEN the follow-up carries markdown or a mention THEN the Discord rendering shows it first, inert', () => {
    const talk = conversation();
    answerLine('how much flood relief has norway given', facts(), talk);
    const answer = answerLine('and *chile* @everyone', facts(), talk);
    const description = renderEmbed(answer).embeds[0]?.description ?? '';
    expect(description.split('\n')[0]).toBe('Taking this as: how much flood relief has \\*chile\\* given');
    expect(description).not.toMatch(/@everyone/u);
  });
});
