import { describe, expect, it } from 'vitest';
import type { RecordedExtraction } from '@/lib/extract/acceptance';
import { TEST_USERS } from '@/db/testing/accounts';
import { useDemoDatabase } from '@/db/testing/demo-database';
import { editorRequest } from '@/db/testing/requests';
import type { Extraction, MeetingProposal, TieProposal } from '@/lib/extract/extract';
import { POST as extract } from '../route';
import { POST as accept } from './route';

const REPORT =
  'Le ministre des Affaires étrangères de la Turquie, Hakan Fidan, a rencontré le chef du Mossad, David Barnea, à Doha. ' +
  'Le Qatar a condamné Israël.';
const SOURCE = { title: 'Fidan à Doha', publisher: 'Example Presse', publishedAt: '2024-08-02', language: 'fr', reliability: 'C', url: 'https://example.org/fidan' };

async function extracted(text: string): Promise<Extraction> {
  return (await (await extract(editorRequest('POST', '/api/extract', { text }))).json()) as Extraction;
}

const post = (body: unknown, headers: Record<string, string> = {}) => accept(editorRequest('POST', '/api/extract/accept', body, headers));

/** An accepted proposal as the review page sends it: the actors by id or by new actor's key. */
function accepted(proposal: TieProposal | MeetingProposal) {
  const reference = (id: string | null, key: string | null) => (id ? { id } : { new: key! });
  const quoted = { quote: proposal.quote, credibility: proposal.credibility };
  if (proposal.kind === 'tie') {
    return {
      kind: 'tie',
      type: proposal.type,
      subject: reference(proposal.subjectId, proposal.subjectNew),
      object: reference(proposal.objectId, proposal.objectNew),
      confidence: 'moderate',
      ...quoted,
    };
  }
  return {
    kind: 'meeting',
    meetingKind: proposal.meetingKind,
    title: 'Fidan–Barnea meeting',
    participants: proposal.participants.map((participant) => ({ actor: reference(participant.actorId, participant.newActor), role: participant.role })),
    ...quoted,
  };
}

describe('POST /api/extract/accept (against Neo4j)', () => {
  const db = useDemoDatabase({ reset: 'each' });

  it('writes the source once, each new actor once and every claim with its citation, as the forms do, with revisions', async () => {
    const extraction = await extracted(REPORT);
    expect(extraction.newActors.map((actor) => actor.name)).toEqual(['Hakan Fidan', 'Mossad', 'David Barnea']);
    const body = {
      text: REPORT,
      source: { new: SOURCE },
      newActors: extraction.newActors.map(({ key, name, kind }) => ({ key, name, kind })),
      claims: extraction.proposals.map(accepted),
    };
    const response = await post(body, { 'Idempotency-Key': 'extract-fidan' });
    expect(response.status, await response.clone().text()).toBe(201);
    const recorded = (await response.json()) as RecordedExtraction;
    expect(recorded.sourceCreated).toBe(true);
    expect(recorded.source).toMatchObject({ ...SOURCE, id: 'fidan-a-doha', version: 1 });
    expect(recorded.actors.map(({ key, actor }) => [key, actor.id, actor.kind])).toEqual([
      ['new:hakan-fidan', 'hakan-fidan', 'person'],
      ['new:mossad', 'mossad', 'organization'],
      ['new:david-barnea', 'david-barnea', 'person'],
    ]);
    expect(recorded.ties.map((tie) => `${tie.subjectId} ${tie.type} ${tie.objectId}`)).toEqual([
      'hakan-fidan REPRESENTS turkey',
      'david-barnea LEADS mossad',
      'qatar CRITICIZES israel',
    ]);
    expect(recorded.meetings).toHaveLength(1);
    expect(recorded.meetings[0]!.participants.map((participant) => participant.actorId).sort()).toEqual(['david-barnea', 'hakan-fidan']);
    for (const claim of [...recorded.ties, ...recorded.meetings]) {
      expect(claim.citations).toHaveLength(1);
      expect(claim.citations[0]).toMatchObject({ sourceId: 'fidan-a-doha', credibility: 6 });
      expect(REPORT).toContain(claim.citations[0]!.quote);
    }

    const stored = await db.query(
      `MATCH (s:Source {id: 'fidan-a-doha'}) RETURN COUNT { (:Source {title: $title}) } AS sources, COUNT { (:Actor {name: 'David Barnea'}) } AS barneas,
              COUNT { ()-[:CITES]->(s) } AS citations`,
      { title: SOURCE.title },
    );
    expect(stored).toEqual([{ sources: 1, barneas: 1, citations: 4 }]);
    const revisions = await db.query(
      `MATCH (r:Revision {action: 'create'}) WHERE r.entityId IN $ids RETURN r.entityType AS type, r.editorId AS editorId ORDER BY type`,
      { ids: ['fidan-a-doha', 'hakan-fidan', 'mossad', 'david-barnea', ...recorded.ties.map((tie) => tie.id), recorded.meetings[0]!.id] },
    );
    expect(revisions.map((revision) => revision.type)).toEqual(['Actor', 'Actor', 'Actor', 'Meeting', 'Source', 'Tie', 'Tie', 'Tie']);
    expect(new Set(revisions.map((revision) => revision.editorId))).toEqual(new Set([TEST_USERS.editor.id]));

    // A retry with the same key is answered the same and writes nothing more.
    const counts = await db.counts();
    const retry = await post(body, { 'Idempotency-Key': 'extract-fidan' });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replay')).toBe('true');
    expect(await retry.json()).toEqual(recorded);
    expect(await db.counts()).toEqual(counts);
  });

  it('accepts more claims later against the source and the actors the first acceptance made', async () => {
    const extraction = await extracted(REPORT);
    const [represents, leads] = extraction.proposals as TieProposal[];
    const first = (await (
      await post({
        text: REPORT,
        source: { new: SOURCE },
        newActors: extraction.newActors.filter((actor) => actor.key !== 'new:mossad' && actor.key !== 'new:david-barnea'),
        claims: [accepted(represents!)],
      })
    ).json()) as RecordedExtraction;
    const later = await post({
      text: REPORT,
      source: { id: first.source.id },
      newActors: extraction.newActors.filter((actor) => actor.key !== 'new:hakan-fidan'),
      claims: [accepted(leads!), { ...accepted(extraction.proposals[2]!), participants: [{ actor: { id: 'hakan-fidan' }, role: 'participant' }, { actor: { new: 'new:david-barnea' }, role: 'participant' }] }],
    });
    expect(later.status, await later.clone().text()).toBe(201);
    const second = (await later.json()) as RecordedExtraction;
    expect(second).toMatchObject({ sourceCreated: false, source: { id: 'fidan-a-doha' } });
    expect(await db.query(`RETURN COUNT { (s:Source {title: $title}) } AS sources, COUNT { (a:Actor {name: 'Hakan Fidan'}) } AS fidans`, { title: SOURCE.title })).toEqual([
      { sources: 1, fidans: 1 },
    ]);
    expect(second.meetings[0]!.participants.map((participant) => participant.actorId).sort()).toEqual(['david-barnea', 'hakan-fidan']);
  });

  it('refuses a quote that is not the report’s words, whatever the page sends, and writes nothing', async () => {
    const counts = await db.counts();
    const response = await post({
      text: REPORT,
      source: { new: SOURCE },
      claims: [
        { kind: 'tie', type: 'CRITICIZES', subject: { id: 'qatar' }, object: { id: 'israel' }, confidence: 'high', quote: 'Le Qatar a violemment condamné Israël.', credibility: 2 },
      ],
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.issues).toEqual([{ field: 'claims.0.quote', message: expect.stringContaining('word for word') }]);
    expect(await db.counts()).toEqual(counts);
  });

  it('checks each claim with its form’s rules and names the field', async () => {
    const tie = { kind: 'tie', type: 'CRITICIZES', subject: { id: 'qatar' }, object: { id: 'qatar' }, confidence: 'high', quote: 'Le Qatar a condamné Israël.', credibility: 6 };
    const issues = async (body: unknown) => ((await (await post(body)).json()) as { error: { issues: { field: string }[] } }).error.issues.map((issue) => issue.field);
    expect(await issues({ text: REPORT, source: { new: SOURCE }, claims: [tie] })).toEqual(['claims.0.object']);
    expect(await issues({ text: REPORT, source: { new: SOURCE }, claims: [{ ...tie, object: { id: 'nobody' } }] })).toEqual(['claims.0.object.id']);
    expect(await issues({ text: REPORT, source: { new: SOURCE }, claims: [{ ...tie, object: { new: 'new:x' } }] })).toEqual(['claims.0']);
    expect(
      await issues({ text: REPORT, source: { new: SOURCE }, newActors: [{ key: 'new:x', name: 'X', kind: 'person' }], claims: [{ ...tie, object: { id: 'israel' } }] }),
    ).toEqual(['newActors.0']);
    expect(await issues({ text: REPORT, source: { new: { ...SOURCE, url: 'javascript:alert(1)' } }, claims: [{ ...tie, object: { id: 'israel' } }] })).toEqual(['source.new.url']);
    expect(await issues({ text: REPORT, source: { id: 'no-such-source' }, claims: [{ ...tie, object: { id: 'israel' } }] })).toEqual(['source.id']);
    expect(await issues({ text: REPORT, source: { new: SOURCE }, claims: [] })).toEqual(['claims']);
  });
});
