/**
 * Every command checks its input before writing: a refusal is a BoardModelError with a closed
 * reason, names the field, and leaves the document exactly as it was (no update emitted).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addComment,
  addGroup,
  addLane,
  addResource,
  addStage,
  deleteCard,
  deleteComment,
  getCard,
  initBoardContent,
  listLanes,
  moveCard,
  moveLane,
  readMeta,
  removeGroup,
  removeLane,
  removeResource,
  removeStage,
  renameGroup,
  renameLane,
  setDescription,
  setLaneColor,
  setLaneGroup,
  spliceDescription,
  updateCard,
  updateMeta,
  updateResource,
  updateStage,
  type CardId,
  type CommentId,
  type GroupId,
  type LaneId,
  type ResourceId,
  type StageId,
} from './index';
import { expectRefused, newBoard } from './test/fixtures';

function setup() {
  const doc = newBoard();
  const lane = listLanes(doc)[0]!.id;
  const card = addCard(doc, { laneId: lane, title: 'Технопарк', author: 'Анна' });
  const resource = addResource(doc, card, { kind: 'money', amount: 10, currency: 'RUB' });
  const stage = addStage(doc, card, { title: 'ТЭО' });
  return { doc, lane, card, resource, stage };
}

const long = (n: number) => 'x'.repeat(n);

describe('commands refuse bad input without writing', () => {
  const { doc, lane, card, resource, stage } = setup();
  const missing = {
    lane: 'no-lane' as LaneId,
    card: 'no-card' as CardId,
    group: 'no-group' as GroupId,
    comment: 'no-comment' as CommentId,
    resource: 'no-res' as ResourceId,
    stage: 'no-stage' as StageId,
  };

  const invalid: Array<[string, () => unknown, RegExp?]> = [
    ['addLane: blank title', () => addLane(doc, { title: '   ' }), /title/],
    ['addLane: title over 200', () => addLane(doc, { title: long(201) }), /title/],
    ['addLane: negative index', () => addLane(doc, { title: 'A', index: -1 }), /index/],
    ['addLane: unknown colour', () => addLane(doc, { title: 'A', color: 'purple' as never }), /color/],
    ['renameLane: empty', () => renameLane(doc, lane, '')],
    ['setLaneColor: unknown colour', () => setLaneColor(doc, lane, 'magenta' as never)],
    ['moveLane: negative index', () => moveLane(doc, lane, -1)],
    ['moveLane: fractional index', () => moveLane(doc, lane, 1.5)],
    ['moveLane: NaN', () => moveLane(doc, lane, Number.NaN)],
    ['addCard: empty title', () => addCard(doc, { laneId: lane, title: '', author: 'a' }), /title/],
    ['addCard: 51 tags', () => addCard(doc, { laneId: lane, title: 'A', author: 'a', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }), /tags/],
    ['addCard: tag over 100', () => addCard(doc, { laneId: lane, title: 'A', author: 'a', tags: [long(101)] }), /tags/],
    ['addCard: description over 20,000', () => addCard(doc, { laneId: lane, title: 'A', author: 'a', description: long(20_001) }), /description/],
    ['addCard: unknown status', () => addCard(doc, { laneId: lane, title: 'A', author: 'a', status: 'done' as never }), /status/],
    ['addCard: index -2', () => addCard(doc, { laneId: lane, title: 'A', author: 'a', index: -2 }), /index/],
    ['updateCard: owner over 200', () => updateCard(doc, card, { owner: long(201) }), /owner/],
    ['updateCard: empty partner', () => updateCard(doc, card, { partners: ['КГУ', '  '] }), /partners/],
    ['updateCard: unknown kind', () => updateCard(doc, card, { kind: 'project' as never }), /kind/],
    ['moveCard: negative index', () => moveCard(doc, card, { laneId: lane, index: -1 }), /input/],
    ['setDescription: over 20,000', () => setDescription(doc, card, long(20_001))],
    ['spliceDescription: negative index', () => spliceDescription(doc, card, -1, 0, 'x')],
    ['spliceDescription: result over 20,000', () => spliceDescription(doc, card, 0, 0, long(20_001)), /too long/],
    ['addResource: lowercase currency', () => addResource(doc, card, { kind: 'money', currency: 'rub' }), /ISO 4217/],
    ['addResource: negative amount', () => addResource(doc, card, { kind: 'money', amount: -1 }), /amount/],
    ['addResource: NaN amount', () => addResource(doc, card, { kind: 'people', amount: Number.NaN }), /amount/],
    ['addResource: infinite amount', () => addResource(doc, card, { kind: 'people', amount: Infinity }), /amount/],
    ['addResource: unknown kind', () => addResource(doc, card, { kind: 'time' as never }), /kind/],
    ['addResource: description over 500', () => addResource(doc, card, { kind: 'land', description: long(501) }), /description/],
    ['updateResource: bad currency', () => updateResource(doc, card, resource, { currency: 'RUBL' })],
    ['addStage: impossible date', () => addStage(doc, card, { title: 'X', due: '2027-02-30' }), /due/],
    ['addStage: not ISO', () => addStage(doc, card, { title: 'X', due: '01.02.2027' }), /due/],
    ['addStage: empty title', () => addStage(doc, card, { title: ' ' }), /title/],
    ['updateStage: done not boolean', () => updateStage(doc, card, stage, { done: 'yes' as never }), /done/],
    ['addComment: empty text', () => addComment(doc, { cardId: card, author: 'a', text: '  ' }), /text/],
    ['addComment: text over 5,000', () => addComment(doc, { cardId: card, author: 'a', text: long(5_001) }), /text/],
    ['addGroup: empty name', () => addGroup(doc, { name: '' })],
    ['renameGroup: too long', () => renameGroup(doc, missing.group, long(201))],
    ['updateMeta: dotted date', () => updateMeta(doc, { date: '03.12.2026' }), /date/],
    ['updateMeta: empty title', () => updateMeta(doc, { title: '' }), /title/],
  ];
  it.each(invalid)('%s → invalid-input', (_name, run, message) => expectRefused(doc, run, 'invalid-input', message));

  const notFound: Array<[string, () => unknown]> = [
    ['renameLane', () => renameLane(doc, missing.lane, 'X')],
    ['setLaneColor', () => setLaneColor(doc, missing.lane, 'red')],
    ['moveLane', () => moveLane(doc, missing.lane, 0)],
    ['setLaneGroup: unknown lane', () => setLaneGroup(doc, missing.lane, null)],
    ['setLaneGroup: unknown group', () => setLaneGroup(doc, lane, missing.group)],
    ['removeLane', () => removeLane(doc, missing.lane)],
    ['addCard: unknown lane', () => addCard(doc, { laneId: missing.lane, title: 'A', author: 'a' })],
    ['updateCard', () => updateCard(doc, missing.card, { title: 'X' })],
    ['moveCard: unknown card', () => moveCard(doc, missing.card, { laneId: lane, index: 0 })],
    ['moveCard: unknown lane', () => moveCard(doc, card, { laneId: missing.lane, index: 0 })],
    ['deleteCard', () => deleteCard(doc, missing.card)],
    ['setDescription', () => setDescription(doc, missing.card, 'x')],
    ['spliceDescription', () => spliceDescription(doc, missing.card, 0, 0, 'x')],
    ['addResource: unknown card', () => addResource(doc, missing.card, { kind: 'land' })],
    ['updateResource: unknown line', () => updateResource(doc, card, missing.resource, { amount: 1 })],
    ['removeResource: unknown line', () => removeResource(doc, card, missing.resource)],
    ['updateStage: unknown stage', () => updateStage(doc, card, missing.stage, { done: true })],
    ['removeStage: unknown stage', () => removeStage(doc, card, missing.stage)],
    ['addComment: unknown card', () => addComment(doc, { cardId: missing.card, author: 'a', text: 'x' })],
    ['deleteComment', () => deleteComment(doc, missing.comment)],
    ['renameGroup', () => renameGroup(doc, missing.group, 'X')],
    ['removeGroup', () => removeGroup(doc, missing.group)],
  ];
  it.each(notFound)('%s → not-found', (_name, run) => expectRefused(doc, run, 'not-found'));

  it('leaves the card as it was after all those refusals', () => {
    expect(getCard(doc, card)).toMatchObject({ title: 'Технопарк', tags: [], partners: [], owner: '', description: '' });
    expect(getCard(doc, card)!.resources).toHaveLength(1);
  });
});

describe('initBoardContent checks everything before the first write', () => {
  it('refuses a bad custom lane without writing meta or the lanes before it', () => {
    const doc = new Y.Doc();
    const lanes = [{ title: 'Первый' }, { title: 'Второй' }, { title: '  ' }];
    expectRefused(doc, () => initBoardContent(doc, { title: 'T', locale: 'ru', template: 'blank', lanes, createdAt: 1 }), 'invalid-input', /lanes\.2\.title/);
    expect(readMeta(doc).title).toBe('');
    expect(listLanes(doc)).toEqual([]);
  });

  it('refuses unknown templates and locales, and a second initialisation', () => {
    const doc = new Y.Doc();
    expectRefused(doc, () => initBoardContent(doc, { title: 'T', locale: 'ru', template: 'hackathon' as never, createdAt: 1 }), 'invalid-input', /template/);
    expectRefused(doc, () => initBoardContent(doc, { title: 'T', locale: 'de' as never, template: 'blank', createdAt: 1 }), 'invalid-input', /locale/);
    const board = newBoard();
    expectRefused(board, () => initBoardContent(board, { title: 'T', locale: 'ru', template: 'strategic-session', createdAt: 1 }), 'invalid-input', /already/);
    expect(listLanes(board)).toHaveLength(4);
  });
});

describe('accepted input is normalised', () => {
  it('trims titles, owners, partners and tags', () => {
    const { doc, lane } = setup();
    const id = addCard(doc, { laneId: lane, title: '  Ветропарк  ', author: ' Анна ', owner: ' Минэнерго ', tags: [' ВИЭ '], partners: [' Росатом'] });
    expect(getCard(doc, id)).toMatchObject({ title: 'Ветропарк', author: 'Анна', owner: 'Минэнерго', tags: ['ВИЭ'], partners: ['Росатом'] });
    expect(addLane(doc, { title: ' Туризм ' })).toBeTruthy();
    expect(listLanes(doc).at(-1)?.title).toBe('Туризм');
  });
});
