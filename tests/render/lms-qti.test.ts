import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { classSet, drawnClassSet, hostileQuiz, sampleQuiz } from '../fixtures/lms/quizzes.js';
import { asBytes, parseXml, renderFormat, unzip, visibleLines, visibleText } from '../fixtures/lms/inspect.js';
import type { Question } from '../../src/schema/index.js';
import type { QuizSet } from '../../src/render/registry.js';

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const ARRAYS = ['p', 'simpleChoice', 'resource', 'dependency', 'file', 'assessmentSection', 'assessmentItemRef', 'item', 'section', 'response_label', 'qtimetadatafield', 'respcondition'];
const text = (node: any): string => (typeof node === 'string' ? node : (node?.['#text'] ?? ''));

function expectUniqueNcNames(ids: string[]) {
  for (const id of ids) expect(id).toMatch(NCNAME);
  expect(new Set(ids).size).toBe(ids.length);
}

async function packageOf(format: 'qti' | 'qti12', set: QuizSet) {
  const files = await renderFormat(format, set, 'out-x');
  expect(files.map((f) => f.path)).toEqual([join('out-x', format === 'qti' ? 'quiz.qti.zip' : 'quiz.qti12.zip')]);
  return unzip(asBytes(files[0]));
}

/** Checks a QTI 2.1 package's references and returns its items in test order, by section. */
function checkQti21(zip: Map<string, string>) {
  const manifest = parseXml(zip.get('imsmanifest.xml')!, ARRAYS).manifest;
  expect(manifest['@identifier']).toMatch(NCNAME);
  const resources: any[] = manifest.resources.resource;
  expectUniqueNcNames(resources.map((r) => r['@identifier']));
  const resourceIds = new Set(resources.map((r) => r['@identifier']));
  for (const r of resources) {
    expect(zip.has(r['@href'])).toBe(true);
    for (const f of r.file) expect(zip.has(f['@href'])).toBe(true);
    for (const d of r.dependency ?? []) expect(resourceIds.has(d['@identifierref'])).toBe(true);
  }
  const tests = resources.filter((r) => r['@type'] === 'imsqti_test_xmlv2p1');
  const itemResources = resources.filter((r) => r['@type'] === 'imsqti_item_xmlv2p1');
  expect(tests).toHaveLength(1);
  expect(tests[0].dependency).toHaveLength(itemResources.length);
  // every zip entry is listed in the manifest (nothing stray)
  expect(new Set([...zip.keys()])).toEqual(new Set(['imsmanifest.xml', ...resources.map((r) => r['@href'])]));

  const test = parseXml(zip.get(tests[0]['@href'])!, ARRAYS).assessmentTest;
  expect(test['@identifier']).toMatch(NCNAME);
  const sections: any[] = test.testPart.assessmentSection;
  expectUniqueNcNames([test.testPart['@identifier'], ...sections.map((s) => s['@identifier']), ...sections.flatMap((s) => s.assessmentItemRef.map((r: any) => r['@identifier']))]);
  const refs = sections.flatMap((s) => s.assessmentItemRef.map((r: any) => r['@href']));
  expect(new Set(refs)).toEqual(new Set(itemResources.map((r) => r['@href'])));

  const items = new Map<string, any>();
  for (const href of refs) {
    const item = parseXml(zip.get(href)!, ARRAYS).assessmentItem;
    items.set(href, item);
    const interaction = item.itemBody.choiceInteraction;
    expect(interaction['@responseIdentifier']).toBe(item.responseDeclaration['@identifier']);
    expect(interaction['@maxChoices']).toBe('1');
    const choiceIds = interaction.simpleChoice.map((c: any) => c['@identifier']);
    expectUniqueNcNames(choiceIds);
    expect(choiceIds).toContain(text(item.responseDeclaration.correctResponse.value));
  }
  expectUniqueNcNames([...items.values()].map((i) => i['@identifier']));
  return sections.map((s) => ({ select: s.selection?.['@select'], items: s.assessmentItemRef.map((r: any) => items.get(r['@href'])) }));
}

function expectItemIs(item: any, q: Question) {
  expect(text(item.itemBody.p[0])).toBe(q.stem);
  const choices = item.itemBody.choiceInteraction.simpleChoice;
  expect(choices.map(text)).toEqual(q.options.map((o) => o.text));
  const correct = text(item.responseDeclaration.correctResponse.value);
  expect(choices.findIndex((c: any) => c['@identifier'] === correct)).toBe(q.answer);
  const feedback: string[] = item.modalFeedback.p.map(text);
  expect(feedback[0]).toBe(q.explanation);
  for (const s of q.sources) expect(feedback.some((line) => line.includes(s.sentence ?? s.text))).toBe(true);
}

describe('QTI 2.1 content package', () => {
  it('lists one assessmentItem per question, valid identifiers, correctResponse pointing at a simpleChoice', async () => {
    const quiz = sampleQuiz();
    const sections = checkQti21(await packageOf('qti', { quizzes: [quiz] }));
    expect(sections).toHaveLength(1);
    expect(sections[0].select).toBeUndefined();
    expect(sections[0].items).toHaveLength(quiz.questions.length);
    sections[0].items.forEach((item: any, i: number) => expectItemIs(item, quiz.questions[i]));
  });

  it('keeps hostile text inert and intact', async () => {
    const quiz = hostileQuiz();
    const zip = await packageOf('qti', { quizzes: [quiz] });
    const sections = checkQti21(zip);
    sections[0].items.forEach((item: any, i: number) => expectItemIs(item, quiz.questions[i]));
    for (const xml of zip.values()) expect(xml).not.toMatch(/<script/i);
  });

  it('makes a class set one section per question slot that selects one item', async () => {
    const set = classSet();
    const sections = checkQti21(await packageOf('qti', set));
    expect(sections).toHaveLength(4);
    sections.forEach((s, k) => {
      expect(s.select).toBe('1');
      expect(s.items).toHaveLength(1);
      expectItemIs(s.items[0], set.quizzes[0].questions[k]);
    });
    const drawn = drawnClassSet();
    const drawnSections = checkQti21(await packageOf('qti', drawn.set));
    expect(drawnSections.map((s) => s.items.length)).toEqual(drawn.expectedPools.map((p) => p.length));
    drawn.expectedPools.forEach((indices, k) => indices.forEach((i, n) => expectItemIs(drawnSections[k].items[n], drawn.pool[i])));
  });
});

/** Checks a QTI 1.2 (Canvas) package and returns its groups of items. */
function checkQti12(zip: Map<string, string>) {
  const manifest = parseXml(zip.get('imsmanifest.xml')!, ARRAYS).manifest;
  const resources: any[] = manifest.resources.resource;
  expect(resources).toHaveLength(1);
  expect(resources[0]['@type']).toBe('imsqti_xmlv1p2');
  const href = resources[0].file[0]['@href'];
  expect(zip.has(href)).toBe(true);
  const assessment = parseXml(zip.get(href)!, ARRAYS).questestinterop.assessment;
  expect(assessment['@ident']).toMatch(NCNAME);
  const root = assessment.section[0];
  const groups: any[][] = root.section ? root.section.map((s: any) => s.item) : [root.item];
  const allItems = groups.flat();
  expectUniqueNcNames(allItems.map((i) => i['@ident']));
  for (const item of allItems) {
    const labels = item.presentation.response_lid.render_choice.response_label.map((l: any) => l['@ident']);
    expectUniqueNcNames(labels);
    const scoring = item.resprocessing.respcondition.find((r: any) => r.setvar);
    expect(labels).toContain(text(scoring.conditionvar.varequal));
    expect(item.itemfeedback['@ident']).toBe('general_fb');
  }
  return { root, groups };
}

function expectQti12ItemIs(item: any, q: Question) {
  expect(visibleText(text(item.presentation.material.mattext))).toBe(q.stem);
  const labels = item.presentation.response_lid.render_choice.response_label;
  expect(labels.map((l: any) => visibleText(text(l.material.mattext)))).toEqual(q.options.map((o) => o.text));
  const correct = text(item.resprocessing.respcondition.find((r: any) => r.setvar).conditionvar.varequal);
  expect(labels.findIndex((l: any) => l['@ident'] === correct)).toBe(q.answer);
  const feedback = visibleLines(text(item.itemfeedback.flow_mat.material.mattext));
  expect(feedback[0]).toBe(q.explanation);
  for (const s of q.sources) expect(feedback.some((line) => line.includes(s.sentence ?? s.text))).toBe(true);
}

describe('QTI 1.2 package for Canvas', () => {
  it('holds one multiple_choice_question item per question with the right answer scored', async () => {
    const quiz = sampleQuiz();
    const { groups } = checkQti12(await packageOf('qti12', { quizzes: [quiz] }));
    expect(groups).toHaveLength(1);
    groups[0].forEach((item, i) => expectQti12ItemIs(item, quiz.questions[i]));
  });

  it('keeps hostile text inert and intact', async () => {
    const quiz = hostileQuiz();
    const { groups } = checkQti12(await packageOf('qti12', { quizzes: [quiz] }));
    groups[0].forEach((item, i) => expectQti12ItemIs(item, quiz.questions[i]));
  });

  it('makes a class set one question group per slot, picking one question', async () => {
    const { set, pool, expectedPools } = drawnClassSet();
    const { root, groups } = checkQti12(await packageOf('qti12', set));
    expect(groups.map((g) => g.length)).toEqual(expectedPools.map((p) => p.length));
    for (const s of root.section) expect(s.selection_ordering.selection.selection_number).toBe('1');
    expectedPools.forEach((indices, k) => indices.forEach((i, n) => expectQti12ItemIs(groups[k][n], pool[i])));
  });
});
