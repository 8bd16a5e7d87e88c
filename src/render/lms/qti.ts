import { join } from 'node:path';
import type { Question } from '../../schema/index.js';
import type { FormatRenderer, QuizSet } from '../registry.js';
import { deterministicZip } from './zip.js';
import { ncName, oneLine, xmlAttr, xmlComment, xmlText } from './text-escape.js';
import { assertRenderable, feedbackLines, isClassSet, optionLetter, pad2, provenance, questionSlots, quizTitle } from './question-parts.js';
import { wording } from './wording.js';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const CP_XSD = 'http://www.imsglobal.org/xsd/imscp_v1p1.xsd';

const choiceId = (index: number): string => `choice_${optionLetter(index)}`;

interface PlannedItem {
  identifier: string;
  href: string;
  title: string;
  question: Question;
}

export function assessmentItemXml(item: PlannedItem, comment: string): string {
  const q = item.question;
  const feedback = feedbackLines(q).map((line) => `    <p>${xmlText(line)}</p>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(comment),
    `<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${item.identifier}" title="${xmlAttr(oneLine(item.title))}" adaptive="false" timeDependent="false">`,
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
    `    <correctResponse><value>${choiceId(q.answer)}</value></correctResponse>`,
    '  </responseDeclaration>',
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
    '  <itemBody>',
    `    <p>${xmlText(q.stem)}</p>`,
    '    <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">',
    ...q.options.map((o, i) => `      <simpleChoice identifier="${choiceId(i)}">${xmlText(o.text)}</simpleChoice>`),
    '    </choiceInteraction>',
    '  </itemBody>',
    '  <responseProcessing>',
    '    <responseCondition>',
    '      <responseIf>',
    '        <match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>',
    '        <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>',
    '      </responseIf>',
    '    </responseCondition>',
    '    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">SOURCE</baseValue></setOutcomeValue>',
    '  </responseProcessing>',
    ...(feedback.length > 0 ? ['  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="SOURCE" showHide="show">', ...feedback, '  </modalFeedback>'] : []),
    '</assessmentItem>',
    '',
  ].join('\n');
}

interface PlannedSection {
  identifier: string;
  title: string;
  /** A class-set slot: the LMS draws one of its items. */
  selectOne: boolean;
  items: PlannedItem[];
}

/** Items and sections of the package: one section, or one per question slot for a class set. */
function plan(set: QuizSet): PlannedSection[] {
  const first = set.quizzes[0];
  if (!isClassSet(set)) {
    const items = (first?.questions ?? []).map((question, i) => ({ identifier: `item_q${pad2(i + 1)}`, href: `items/item_q${pad2(i + 1)}.xml`, title: `Q${pad2(i + 1)} ${question.kind}`, question }));
    return [{ identifier: 'section_1', title: quizTitle(first), selectOne: false, items }];
  }
  return questionSlots(set).map((slot, k) => ({
    identifier: `section_q${pad2(k + 1)}`,
    title: `${wording.question} ${k + 1}`,
    selectOne: true,
    items: slot.map((e) => {
      const identifier = `item_${e.ident}`;
      return { identifier, href: `items/${identifier}.xml`, title: `${e.name} ${e.question.kind}`, question: e.question };
    }),
  }));
}

function assessmentTestXml(identifier: string, title: string, sections: PlannedSection[], comment: string): string {
  const body = sections.flatMap((s) => [
    `      <assessmentSection identifier="${s.identifier}" title="${xmlAttr(oneLine(s.title))}" visible="true">`,
    ...(s.selectOne ? ['        <selection select="1"/>'] : []),
    ...s.items.map((i) => `        <assessmentItemRef identifier="ref_${i.identifier}" href="${i.href}"/>`),
    '      </assessmentSection>',
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(comment),
    `<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${identifier}" title="${xmlAttr(oneLine(title))}">`,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
    '  <testPart identifier="part_1" navigationMode="nonlinear" submissionMode="simultaneous">',
    ...body,
    '  </testPart>',
    '  <outcomeProcessing>',
    '    <setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE"/></sum></setOutcomeValue>',
    '  </outcomeProcessing>',
    '</assessmentTest>',
    '',
  ].join('\n');
}

function manifestXml(identifier: string, testId: string, testHref: string, items: PlannedItem[], comment: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(comment),
    `<manifest xmlns="${CP_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="${identifier}">`,
    '  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    `    <resource identifier="res_${testId}" type="imsqti_test_xmlv2p1" href="${testHref}">`,
    `      <file href="${testHref}"/>`,
    ...items.map((i) => `      <dependency identifierref="res_${i.identifier}"/>`),
    '    </resource>',
    ...items.flatMap((i) => [`    <resource identifier="res_${i.identifier}" type="imsqti_item_xmlv2p1" href="${i.href}">`, `      <file href="${i.href}"/>`, '    </resource>']),
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/**
 * `quiz.qti.zip`: an IMS content package with one QTI 2.1 assessmentItem per question and an
 * assessmentTest. For a class set, one section per question slot selects one of its items.
 */
export function renderQti21(set: QuizSet): Uint8Array {
  const title = quizTitle(set.quizzes[0]);
  const comment = `${oneLine(title)} - ${provenance(set)}`;
  const sections = plan(set);
  const items = sections.flatMap((s) => s.items);
  const testId = ncName(`test_${wording.categoryRoot}`);
  const testHref = 'assessment.xml';
  return deterministicZip([
    { path: 'imsmanifest.xml', data: manifestXml(ncName(`manifest_${wording.categoryRoot}`), testId, testHref, items, comment) },
    { path: testHref, data: assessmentTestXml(testId, title, sections, comment) },
    ...items.map((i) => ({ path: i.href, data: assessmentItemXml(i, comment) })),
  ]);
}

export const qtiRenderer: FormatRenderer = {
  format: 'qti',
  render: (set, ctx) => {
    assertRenderable(set, 'qti');
    return [{ path: join(ctx.outDir, 'quiz.qti.zip'), data: renderQti21(set) }];
  },
};
