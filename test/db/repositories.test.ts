/**
 * Every repository on both backends (PGlite in a temp folder, a private PostgreSQL 15 server): migrations,
 * the types rows come back as, server settings, the question log, the user-id hash, feedback votes, upload
 * records, insights with the CSV export, and the purges.
 */
import { createHash } from 'node:crypto';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { SettingsError } from '../../src/db/index.js';
import { MIGRATIONS, migrate } from '../../src/db/migrations.js';
import { installSalt } from '../../src/db/user-hash.js';
import { describeBackends, testSettings } from './backends.js';

const SERVER = '100000000000000001';
const OTHER = '100000000000000002';
const CHANNEL = '200000000000000001';
const CHANNEL_2 = '200000000000000002';
const ROLE = '300000000000000001';
const USER = '400000000000000001';
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2025-06-30T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

/** A logger whose lines a test can read. */
function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  return { logger, lines };
}

describeBackends((get) => {
  describe('migrations', () => {
    it('records version 1 and applies nothing on a second run', async () => {
      const { db } = get();
      const rows = await db.query<{ version: number; name: string }>(
        'select version, name from schema_migrations order by version',
      );
      expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
      expect(await migrate(db)).toEqual({ applied: [], version: MIGRATIONS.length });
    });

    it('applies a migration whole or not at all', async () => {
      const { db } = get();
      const broken = [
        ...MIGRATIONS,
        {
          version: 99,
          name: 'broken',
          statements: ['create table half_made (id int)', 'select * from no_such_table'],
        },
      ];
      await expect(migrate(db, undefined, broken)).rejects.toThrow(/no_such_table/);
      const tables = await db.query("select 1 from information_schema.tables where table_name = 'half_made'");
      expect(tables).toEqual([]);
      const [row] = await db.query<{ version: number }>(
        'select max(version)::int as version from schema_migrations',
      );
      expect(row?.version).toBe(MIGRATIONS.length);
      const good = [
        ...MIGRATIONS,
        { version: 99, name: 'good', statements: ['create table made_whole (id int)'] },
      ];
      expect(await migrate(db, undefined, good)).toEqual({ applied: [99], version: 99 });
      await db.query('drop table made_whole');
      await db.query('delete from schema_migrations where version = 99');
    });

    it('warns when the database is newer than the code', async () => {
      const { db } = get();
      const { logger, lines } = recordingLogger();
      await db.query("insert into schema_migrations (version, name) values (50, 'from the future')");
      try {
        await migrate(db, logger);
        expect(lines.some((line) => String(line.msg).includes('newer Citebot'))).toBe(true);
      } finally {
        await db.query('delete from schema_migrations where version = 50');
      }
    });

    it('returns the same JavaScript types on both backends', async () => {
      const { db } = get();
      const [row] = await db.query<Record<string, unknown>>(
        `select now() as at, array['a', 'b']::text[] as list, 1.5::float8 as real, 3::int as count,
              true as flag, null::text as missing, $1::timestamptz as param_time, $2::text[] as param_list`,
        [NOW, ['x', 'y']],
      );
      expect(row?.at).toBeInstanceOf(Date);
      expect(row?.list).toEqual(['a', 'b']);
      expect(row?.real).toBe(1.5);
      expect(row?.count).toBe(3);
      expect(row?.flag).toBe(true);
      expect(row?.missing).toBeNull();
      expect((row?.param_time as Date).toISOString()).toBe(NOW.toISOString());
      expect(row?.param_list).toEqual(['x', 'y']);
    });

    it('commits a transaction, and rolls back one that throws', async () => {
      const { db } = get();
      await db.transaction(async (tx) => {
        await tx.query("insert into server_settings (server_id) values ('kept')");
      });
      await expect(
        db.transaction(async (tx) => {
          await tx.query("insert into server_settings (server_id) values ('dropped')");
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      const rows = await db.query<{ server_id: string }>('select server_id from server_settings');
      expect(rows.map((row) => row.server_id)).toEqual(['kept']);
    });
  });

  describe('server settings', () => {
    const env = { ANSWER_CHANNELS: `${CHANNEL}`, COOLDOWN_SECONDS: '5', ADMIN_USER_IDS: USER };

    it('resolves to the environment until a server sets its own', async () => {
      const store = get().store(env);
      expect(await store.settings.get(SERVER)).toMatchObject({ answerChannels: null, updatedAt: null });
      expect(await store.settings.resolved(SERVER)).toEqual({
        answerChannels: [CHANNEL],
        forumChannels: [],
        forumReplyWhenNoAnswer: false,
        threadChannels: [],
        cooldownSeconds: 5,
        cooldownBurst: 3,
        managerRoleIds: [],
        adminUserIds: [USER],
      });
      const changes = {
        answerChannels: [CHANNEL_2],
        forumChannels: [CHANNEL],
        forumReplyWhenNoAnswer: true,
        threadChannels: [CHANNEL_2],
        cooldownSeconds: 0,
        managerRoleIds: [ROLE],
      };
      await store.settings.update(SERVER, changes);
      expect(await store.settings.resolved(SERVER)).toMatchObject(changes);
      // Another server still has the defaults; null puts one value back to its default.
      expect((await store.settings.resolved(OTHER)).answerChannels).toEqual([CHANNEL]);
      await store.settings.update(SERVER, { cooldownSeconds: null });
      expect((await store.settings.resolved(SERVER)).cooldownSeconds).toBe(5);
      expect((await store.settings.get(SERVER)).updatedAt).toBeInstanceOf(Date);
      await store.settings.reset(SERVER);
      expect((await store.settings.resolved(SERVER)).answerChannels).toEqual([CHANNEL]);
    });

    it('adds to and removes from lists, starting from the default, atomically', async () => {
      const store = get().store(env);
      await store.settings.addTo(SERVER, 'answerChannels', [CHANNEL_2]);
      expect((await store.settings.get(SERVER)).answerChannels).toEqual([CHANNEL, CHANNEL_2]);
      await store.settings.removeFrom(SERVER, 'answerChannels', [CHANNEL]);
      expect((await store.settings.get(SERVER)).answerChannels).toEqual([CHANNEL_2]);
      const roles = Array.from({ length: 8 }, (_, i) => `30000000000000001${i}`);
      await Promise.all(roles.map((role) => store.settings.addTo(SERVER, 'managerRoleIds', [role])));
      expect((await store.settings.get(SERVER)).managerRoleIds.sort()).toEqual(roles);
      await store.settings.addTo(SERVER, 'managerRoleIds', [roles[0]!]);
      expect((await store.settings.get(SERVER)).managerRoleIds).toHaveLength(8);
    });

    it('refuses ids that are not Discord ids, too many entries and a cooldown out of range', async () => {
      const store = get().store(env);
      await expect(store.settings.update(SERVER, { forumChannels: ['general'] })).rejects.toThrow(
        SettingsError,
      );
      await expect(store.settings.update(SERVER, { cooldownSeconds: -1 })).rejects.toThrow(/cooldown/);
      await expect(store.settings.update(SERVER, { cooldownSeconds: 99_999 })).rejects.toThrow(SettingsError);
      const many = Array.from({ length: 51 }, (_, i) => String(200000000000000100n + BigInt(i)));
      await expect(store.settings.update(SERVER, { threadChannels: many })).rejects.toThrow(/at most 50/);
      expect(await store.settings.get(SERVER)).toMatchObject({ updatedAt: null });
    });

    it('caches reads, sees its own changes at once, and falls back to the defaults when unreadable', async () => {
      const { db } = get();
      const store = get().store(env);
      await store.settings.update(SERVER, { cooldownSeconds: 9 });
      expect((await store.settings.resolved(SERVER)).cooldownSeconds).toBe(9);
      await db.query('update server_settings set cooldown_seconds = 7'); // another process, say
      expect((await store.settings.resolved(SERVER)).cooldownSeconds).toBe(9);
      store.settings.forget(SERVER);
      expect((await store.settings.resolved(SERVER)).cooldownSeconds).toBe(7);
      // A database that fails: the defaults, and a warning.
      const { logger, lines } = recordingLogger();
      const { ServerSettingsRepository } = await import('../../src/db/server-settings.js');
      const failing = {
        ...db,
        query: () => Promise.reject(new Error('connection refused')),
      };
      const broken = new ServerSettingsRepository(failing, testSettings(env), { logger });
      expect((await broken.resolved(SERVER)).cooldownSeconds).toBe(5);
      expect(lines.some((line) => line.msg === 'server settings unreadable: using the defaults')).toBe(true);
      expect((await store.settings.resolved(null)).answerChannels).toEqual([CHANNEL]);
    });
  });

  describe('question log and user hashes', () => {
    it('stores a question with the user id hashed, never the id itself', async () => {
      const { db } = get();
      const store = get().store();
      expect(
        await store.questions.logQuestion({
          serverId: SERVER,
          channelId: CHANNEL,
          userId: USER,
          question: 'How many attacks did ISKP claim?',
          status: 'answered',
          passageId: 'iskp.md#4',
          answerMessageId: '500000000000000001',
        }),
      ).toBe(true);
      await store.questions.logQuestion({
        serverId: SERVER,
        channelId: CHANNEL,
        userId: USER,
        question: 'What is the capital of France?',
        status: 'no_answer',
        passageId: 'iskp.md#1',
      });
      const rows = await db.query<Record<string, unknown>>(
        'select server_id, channel_id, user_hash, question, status, passage_id, answer_message_id, created_at from question_log order by id',
      );
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({
        server_id: SERVER,
        channel_id: CHANNEL,
        question: 'How many attacks did ISKP claim?',
        status: 'answered',
        passage_id: 'iskp.md#4',
        answer_message_id: '500000000000000001',
      });
      expect(rows[0]?.created_at).toBeInstanceOf(Date);
      expect(rows[1]).toMatchObject({ status: 'no_answer', passage_id: null });
      const hash = rows[0]?.user_hash as string;
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[1]?.user_hash).toBe(hash);
      expect(hash).not.toBe(createHash('sha256').update(USER).digest('hex'));
      const everything = JSON.stringify(await db.query('select * from question_log'));
      expect(everything).not.toContain(USER);
    });

    it('keeps one salt per install: a second hasher (a restart) hashes alike', async () => {
      const { db } = get();
      const salt = await installSalt(db);
      expect(salt).toMatch(/^[0-9a-f]{64}$/);
      expect(await installSalt(db)).toBe(salt);
      expect(await get().store().hasher.hash(USER)).toBe(await get().store().hasher.hash(USER));
      expect(await get().store().hasher.hash(USER)).not.toBe(await get().store().hasher.hash(OTHER));
    });

    it('never rejects nor throws when the database fails, and logs why', async () => {
      const { db } = get();
      const { logger, lines } = recordingLogger();
      const { QuestionLog } = await import('../../src/db/question-log.js');
      const store = get().store();
      const failing = { ...db, query: () => Promise.reject(new Error('disk full')) };
      const log = new QuestionLog(failing, store.hasher, { logger });
      const record = {
        serverId: SERVER,
        channelId: CHANNEL,
        userId: USER,
        question: 'q?',
        status: 'answered',
      } as const;
      await expect(log.logQuestion(record)).resolves.toBe(false);
      expect(lines.some((line) => line.msg === 'question not logged')).toBe(true);
      // A database that hangs: records past maxPending are dropped at once, not queued without bound.
      const hanging = { ...db, query: () => new Promise<never>(() => undefined) };
      const slow = new QuestionLog(hanging, store.hasher, { logger, maxPending: 2 });
      void slow.logQuestion(record);
      void slow.logQuestion(record);
      const started = Date.now();
      await expect(slow.logQuestion(record)).resolves.toBe(false);
      expect(Date.now() - started).toBeLessThan(50);
      expect(lines.some((line) => line.msg === 'question log behind: records dropped')).toBe(true);
    });

    it('stores at most 4,000 characters of a question', async () => {
      const { db } = get();
      await get()
        .store()
        .questions.insert({
          serverId: SERVER,
          channelId: null,
          userId: USER,
          question: 'x'.repeat(5000),
          status: 'no_answer',
        });
      const [row] = await db.query<{ length: number }>(
        'select length(question)::int as length from question_log',
      );
      expect(row?.length).toBe(4000);
    });
  });

  describe('feedback votes', () => {
    const vote = {
      messageId: '500000000000000001',
      userId: USER,
      serverId: SERVER,
      channelId: CHANNEL,
      question: 'How many attacks did ISKP claim?',
      passageId: 'iskp.md#4',
      helpful: true,
    };

    it('keeps one vote per person per answer, which the person can change', async () => {
      const { db } = get();
      const store = get().store();
      expect(await store.feedback.vote(vote)).toEqual({ previous: null });
      expect(await store.feedback.vote({ ...vote, helpful: false })).toEqual({ previous: true });
      expect(await store.feedback.vote({ ...vote, helpful: false })).toEqual({ previous: false });
      await store.feedback.vote({ ...vote, userId: '400000000000000002', helpful: true });
      await store.feedback.vote({ ...vote, messageId: '500000000000000002' });
      expect(await store.feedback.tally(vote.messageId)).toEqual({ helpful: 1, notHelpful: 1 });
      expect(await store.feedback.voteOf(vote.messageId, USER)).toBe(false);
      expect(await store.feedback.voteOf(vote.messageId, '400000000000000009')).toBeNull();
      const rows = await db.query<Record<string, unknown>>(
        'select server_id, question, passage_id, user_hash from feedback_votes where message_id = $1',
        [vote.messageId],
      );
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ server_id: SERVER, question: vote.question, passage_id: 'iskp.md#4' });
      expect(JSON.stringify(rows)).not.toContain(USER);
    });
  });

  describe('upload records', () => {
    it('records, replaces, lists and removes a server’s uploads', async () => {
      const store = get().store();
      const first = await store.uploads.record({
        serverId: SERVER,
        fileName: 'notes.md',
        bytes: 1234,
        sha256: 'a'.repeat(64),
        uploaderId: USER,
        at: daysAgo(2),
      });
      expect(first).toMatchObject({
        serverId: SERVER,
        fileName: 'notes.md',
        bytes: 1234,
        sha256: 'a'.repeat(64),
      });
      expect(first.uploaderHash).toBe(await store.hasher.hash(USER));
      expect(first.addedAt.toISOString()).toBe(daysAgo(2).toISOString());
      await store.uploads.record({
        serverId: SERVER,
        fileName: 'a.txt',
        bytes: 5,
        sha256: 'c'.repeat(64),
        uploaderId: null,
      });
      await store.uploads.record({
        serverId: OTHER,
        fileName: 'notes.md',
        bytes: 1,
        sha256: 'd'.repeat(64),
        uploaderId: USER,
      });
      const replaced = await store.uploads.record({
        serverId: SERVER,
        fileName: 'notes.md',
        bytes: 3_000_000_000,
        sha256: 'b'.repeat(64),
        uploaderId: '400000000000000002',
      });
      expect(replaced.bytes).toBe(3_000_000_000);
      expect(
        (await store.uploads.list(SERVER)).map((upload) => [
          upload.fileName,
          upload.sha256[0],
          upload.uploaderHash === null,
        ]),
      ).toEqual([
        ['a.txt', 'c', true],
        ['notes.md', 'b', false],
      ]);
      expect(await store.uploads.remove(SERVER, 'notes.md')).toBe(true);
      expect(await store.uploads.remove(SERVER, 'notes.md')).toBe(false);
      expect(await store.uploads.get(SERVER, 'notes.md')).toBeUndefined();
      expect(await store.uploads.get(OTHER, 'notes.md')).toBeDefined();
    });
  });

  describe('insights', () => {
    /** Ten phrasings of one unanswered question, two of another, answers, votes, and rows outside the window. */
    async function seed() {
      const store = get().store();
      const ask = (question: string, status: 'answered' | 'no_answer', at: Date, extra = {}) =>
        store.questions.insert({
          serverId: SERVER,
          channelId: CHANNEL,
          userId: USER,
          question,
          status,
          at,
          ...extra,
        });
      const phrasings = [
        'Who leads ISKP?',
        'who is the leader of ISKP',
        'ISKP leader?',
        'who is iskp leader',
        "who's leading ISKP now?",
        'Who leads ISKP',
        'iskp leader name?',
        'who is the leader of iskp?',
        'who leads iskp??',
        'WHO LEADS ISKP',
      ];
      for (const [i, question] of phrasings.entries()) await ask(question, 'no_answer', daysAgo(1 + i * 0.1));
      await ask('When was the Taliban founded?', 'no_answer', daysAgo(3));
      await ask('when were the taliban founded', 'no_answer', daysAgo(4));
      await ask('What is the capital of France?', 'no_answer', daysAgo(5));
      for (let i = 0; i < 4; i++) {
        await ask('How many attacks did ISKP claim?', 'answered', daysAgo(2), {
          passageId: 'iskp.md#4',
          answerMessageId: `50000000000000010${i}`,
        });
      }
      await ask('Where is the shrine?', 'answered', daysAgo(6), { passageId: 'shrine.md#2' });
      // Outside 7 days, inside 30.
      await ask('Who funds ISKP?', 'no_answer', daysAgo(20));
      await ask('What happened in Kabul?', 'answered', daysAgo(20), { passageId: 'kabul.md#1' });
      // Outside 30 days, and another server.
      await ask('Very old question?', 'no_answer', daysAgo(40));
      await store.questions.insert({
        serverId: OTHER,
        channelId: CHANNEL,
        userId: USER,
        question: 'Who leads ISKP?',
        status: 'no_answer',
        at: daysAgo(1),
      });
      const vote = (messageId: string, userId: string, helpful: boolean) =>
        store.feedback.vote({
          messageId,
          userId,
          serverId: SERVER,
          channelId: CHANNEL,
          question: 'How many attacks did ISKP claim?',
          passageId: 'iskp.md#4',
          helpful,
          at: daysAgo(1),
        });
      await vote('500000000000000100', USER, false);
      await vote('500000000000000100', '400000000000000002', false);
      await vote('500000000000000100', '400000000000000003', true);
      await vote('500000000000000101', USER, true);
      await vote('500000000000000102', USER, false);
      return store;
    }

    it('counts, groups ten phrasings into one line, and lists unhelpful answers and cited articles', async () => {
      const store = await seed();
      const week = await store.insights.report(SERVER, 7, { now: NOW });
      expect(week).toMatchObject({ serverId: SERVER, days: 7, questions: 18, answered: 5, unanswered: 13 });
      expect(week.answeredShare).toBeCloseTo(5 / 18);
      expect(week.since.toISOString()).toBe(daysAgo(7).toISOString());
      expect(week.topUnanswered.map((group) => [group.count, group.question])).toEqual([
        [10, 'Who leads ISKP?'],
        [2, 'When was the Taliban founded?'],
        [1, 'What is the capital of France?'],
      ]);
      expect(week.topUnanswered[0]?.phrasings).toHaveLength(10);
      expect(week.notHelpful).toEqual([
        {
          messageId: '500000000000000100',
          question: 'How many attacks did ISKP claim?',
          passageId: 'iskp.md#4',
          notHelpful: 2,
          helpful: 1,
        },
        {
          messageId: '500000000000000102',
          question: 'How many attacks did ISKP claim?',
          passageId: 'iskp.md#4',
          notHelpful: 1,
          helpful: 0,
        },
      ]);
      expect(week.topArticles).toEqual([
        { article: 'iskp.md', citations: 4 },
        { article: 'shrine.md', citations: 1 },
      ]);
      const month = await store.insights.report(SERVER, 30, { now: NOW });
      expect(month).toMatchObject({ questions: 20, answered: 6 });
      expect(month.topUnanswered.map((group) => group.question)).toContain('Who funds ISKP?');
      expect(month.topArticles.map((article) => article.article)).toContain('kabul.md');
      const empty = await store.insights.report('100000000000000009', 30, { now: NOW });
      expect(empty).toMatchObject({
        questions: 0,
        answered: 0,
        answeredShare: 0,
        topUnanswered: [],
        notHelpful: [],
      });
    });

    it('exports the window as RFC 4180 CSV, guarded against formulas, without user ids', async () => {
      const store = await seed();
      await store.questions.insert({
        serverId: SERVER,
        channelId: CHANNEL,
        userId: USER,
        question: '=HYPERLINK("http://evil","click"), then\nmore',
        status: 'no_answer',
        at: daysAgo(0.5),
      });
      const csv = await store.insights.csv(SERVER, 7, { now: NOW });
      const lines = csv.split('\r\n');
      expect(lines[0]).toBe('asked_at,channel_id,status,question,passage_id,helpful_votes,not_helpful_votes');
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(lines).toContain(
        `${daysAgo(2).toISOString()},${CHANNEL},answered,How many attacks did ISKP claim?,iskp.md#4,1,2`,
      );
      expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click""), then\nmore"`);
      expect(csv).not.toContain('Very old question');
      expect(csv).not.toContain(USER);
      expect(csv).not.toContain(await store.hasher.hash(USER));
      // 19 rows in the window (18 + the formula one) and the header, each ending in CRLF.
      expect(csv.match(/\r\n/g)).toHaveLength(20);
    });
  });

  describe('privacy', () => {
    async function seed() {
      const store = get().store();
      for (const [serverId, days] of [
        [SERVER, 1],
        [SERVER, 89],
        [SERVER, 91],
        [SERVER, 200],
        [OTHER, 1],
        [OTHER, 120],
      ] as const) {
        await store.questions.insert({
          serverId,
          channelId: CHANNEL,
          userId: USER,
          question: `asked ${days} days ago`,
          status: 'no_answer',
          at: daysAgo(days),
        });
        await store.feedback.vote({
          messageId: `5000000000000000${days}${serverId.slice(-1)}`,
          userId: USER,
          serverId,
          channelId: CHANNEL,
          question: `asked ${days} days ago`,
          passageId: null,
          helpful: false,
          at: daysAgo(days),
        });
      }
      return store;
    }

    it('deletes questions and votes older than the retention', async () => {
      const { db } = get();
      const store = await seed();
      expect(await store.privacy.purgeExpired(90, NOW)).toEqual({ questions: 3, votes: 3 });
      const left = await db.query<{ question: string }>(
        'select question from question_log order by question',
      );
      expect(left.map((row) => row.question)).toEqual([
        'asked 1 days ago',
        'asked 1 days ago',
        'asked 89 days ago',
      ]);
      expect(await store.privacy.purgeExpired(90, NOW)).toEqual({ questions: 0, votes: 0 });
    });

    it('purges one server on request, and forgets a server entirely', async () => {
      const { db } = get();
      const store = await seed();
      await store.settings.update(OTHER, { cooldownSeconds: 1 });
      await store.uploads.record({
        serverId: OTHER,
        fileName: 'a.md',
        bytes: 1,
        sha256: 'e'.repeat(64),
        uploaderId: USER,
      });
      expect(await store.privacy.purgeServer(SERVER)).toEqual({ questions: 4, votes: 4 });
      const [counts] = await db.query<{ q: number; v: number }>(
        'select (select count(*) from question_log)::int as q, (select count(*) from feedback_votes)::int as v',
      );
      expect(counts).toEqual({ q: 2, v: 2 });
      expect(await store.privacy.forgetServer(OTHER)).toEqual({
        questions: 2,
        votes: 2,
        settings: 1,
        uploads: 1,
      });
      expect(await store.uploads.list(OTHER)).toEqual([]);
    });

    it('runs the purge from an unref’d timer, and stops when told', async () => {
      const { db } = get();
      await seed();
      const store = get().store({ QUESTION_LOG_RETENTION_DAYS: '30' });
      const { startDailyPurge } = await import('../../src/db/privacy.js');
      const { logger, lines } = recordingLogger();
      const stop = startDailyPurge(store.privacy, {
        retentionDays: 30,
        logger,
        firstDelayMs: 0,
        intervalMs: 50,
        now: () => NOW,
      });
      try {
        await expect
          .poll(() => lines.filter((line) => line.msg === 'question log purged').length)
          .toBeGreaterThanOrEqual(2);
      } finally {
        stop();
      }
      const [row] = await db.query<{ n: number }>('select count(*)::int as n from question_log');
      expect(row?.n).toBe(2);
      expect(lines.find((line) => line.msg === 'question log purged')).toMatchObject({
        questions: 4,
        votes: 4,
      });
    });
  });
});

describe('the store', () => {
  it('exposes plain repositories (no discord.js type in src/db)', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const dir = new URL('../../src/db/', import.meta.url);
    for (const file of await readdir(dir)) {
      expect(await readFile(new URL(file, dir), 'utf8'), file).not.toMatch(/from 'discord\.js'|@discordjs/);
    }
  });
});
