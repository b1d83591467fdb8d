import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  getCard,
  initBoardContent,
  listLanes,
  setCardStatus,
  invitesNewIdeas,
  setShortlisted,
  shortlistedStatus,
  stepsBack,
  type CardId,
} from './index';

function boardWithCards(titles: string[]): { doc: Y.Doc; ids: CardId[] } {
  const doc = new Y.Doc();
  initBoardContent(doc, { title: 'Сессия', locale: 'ru', template: 'strategic-session', createdAt: 1 });
  const laneId = listLanes(doc)[0]!.id;
  return { doc, ids: titles.map((title) => addCard(doc, { laneId, title, author: 'Анна' })) };
}

describe('shortlisting', () => {
  it('puts ideas on the shortlist, keeps a priority a priority, and takes any card off', () => {
    expect(shortlistedStatus({ status: 'idea' }, true)).toBe('shortlisted');
    expect(shortlistedStatus({ status: 'priority' }, true)).toBe('priority');
    expect(shortlistedStatus({ status: 'shortlisted' }, true)).toBe('shortlisted');
    expect(shortlistedStatus({ status: 'priority' }, false)).toBe('idea');
    expect(shortlistedStatus({ status: 'shortlisted' }, false)).toBe('idea');
  });

  it('changes many cards in one transaction and leaves cards already there untouched', () => {
    const { doc, ids } = boardWithCards(['Умная парковка', 'Ветропарк', 'Малотоннажный СПГ']);
    setCardStatus(doc, ids[2]!, 'priority', 5);
    const before = getCard(doc, ids[2]!)!.updatedAt;
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    setShortlisted(doc, ids, true, 10);
    expect(transactions).toBe(1);
    expect(ids.map((id) => getCard(doc, id)!.status)).toEqual(['shortlisted', 'shortlisted', 'priority']);
    expect(getCard(doc, ids[2]!)!.updatedAt).toBe(before);
    setShortlisted(doc, [ids[0]!, ids[2]!], false, 20);
    expect(ids.map((id) => getCard(doc, id)!.status)).toEqual(['idea', 'shortlisted', 'idea']);
  });

  it('skips ids of cards that no longer exist', () => {
    const { doc, ids } = boardWithCards(['Умный пешеходный переход']);
    setShortlisted(doc, [...ids, 'missing' as CardId], true);
    expect(getCard(doc, ids[0]!)!.status).toBe('shortlisted');
  });

  it('lets cards off the shortlist step back from the shortlist phase until the presentation', () => {
    expect(stepsBack({ status: 'idea' }, 'ideas')).toBe(false);
    for (const phase of ['shortlist', 'voting', 'scoring'] as const) {
      expect(stepsBack({ status: 'idea' }, phase)).toBe(true);
      expect(stepsBack({ status: 'shortlisted' }, phase)).toBe(false);
      expect(stepsBack({ status: 'priority' }, phase)).toBe(false);
    }
    expect(stepsBack({ status: 'idea' }, 'presentation')).toBe(false);
  });

  it('asks for new ideas except while the room votes or experts score', () => {
    expect(['ideas', 'shortlist', 'voting', 'scoring', 'presentation', 'closed'].filter((phase) => invitesNewIdeas(phase as 'ideas'))).toEqual([
      'ideas',
      'shortlist',
      'presentation',
      'closed',
    ]);
  });
});
