import { join } from 'node:path';
import type { Question } from '../../schema/index.js';
import type { FormatRenderer, QuizSet } from '../registry.js';
import { deterministicZip } from './zip.js';
import { htmlText, ncName, oneLine, xmlAttr, xmlComment, xmlText } from './text-escape.js';
import { assertRenderable, feedbackLines, isClassSet, optionLetter, pad2, provenance, questionSlots, quizTitle } from './question-parts.js';
import { wording } from './wording.js';

const QTI12_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const CP_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** Canvas shows mattext of type text/html as HTML: article text is HTML-escaped, then XML-escaped. */
const htmlMattext = (html: string): string => `<material><mattext texttype="text/html">${xmlText(html)}</mattext></material>`;

function itemXml(ident: string, title: string, q: Question, indent: string): string[] {
  const label = (i: number): string => `${ident}_${optionLetter(i)}`;
  const feedback = feedbackLines(q).map(htmlText).join('<br>');
  const lines = [
    `<item ident="${ident}" title="${xmlAttr(oneLine(title))}">`,
    '  <itemmetadata><qtimetadata>',
    '    <qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>multiple_choice_question</fieldentry></qtimetadatafield>',
    '    <qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield>',
    `    <qtimetadatafield><fieldlabel>original_answer_ids</fieldlabel><fieldentry>${q.options.map((_, i) => label(i)).join(',')}</fieldentry></qtimetadatafield>`,
    '  </qtimetadata></itemmetadata>',
    '  <presentation>',
    `    ${htmlMattext(htmlText(q.stem))}`,
    '    <response_lid ident="response1" rcardinality="Single">',
    '      <render_choice shuffle="Yes">',
    ...q.options.map((o, i) => `        <response_label ident="${label(i)}">${htmlMattext(htmlText(o.text))}</response_label>`),
    '      </render_choice>',
    '    </response_lid>',
    '  </presentation>',
    '  <resprocessing>',
    '    <outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>',
    ...(feedback ? ['    <respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>'] : []),
    '    <respcondition continue="No">',
    `      <conditionvar><varequal respident="response1">${label(q.answer)}</varequal></conditionvar>`,
    '      <setvar action="Set" varname="SCORE">100</setvar>',
    '    </respcondition>',
    '  </resprocessing>',
    ...(feedback ? [`  <itemfeedback ident="general_fb"><flow_mat>${htmlMattext(feedback)}</flow_mat></itemfeedback>`] : []),
    '</item>',
  ];
  return lines.map((l) => indent + l);
}

function assessmentXml(set: QuizSet, assessmentId: string): string {
  const title = quizTitle(set.quizzes[0]);
  const body: string[] = [];
  if (!isClassSet(set)) {
    set.quizzes[0]?.questions.forEach((q, i) => body.push(...itemXml(`item_q${pad2(i + 1)}`, `Q${pad2(i + 1)} ${q.kind}`, q, '      ')));
  } else {
    // Canvas reads a section with selection_number 1 as a question group: one draw per student.
    questionSlots(set).forEach((slot, k) => {
      body.push(
        `      <section ident="group_q${pad2(k + 1)}" title="${xmlAttr(`${wording.question} ${k + 1}`)}">`,
        '        <selection_ordering><selection><selection_number>1</selection_number><selection_extension><points_per_item>1</points_per_item></selection_extension></selection></selection_ordering>',
      );
      for (const e of slot) body.push(...itemXml(`item_${e.ident}`, `${e.name} ${e.question.kind}`, e.question, '        '));
      body.push('      </section>');
    });
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(`${oneLine(title)} - ${provenance(set)}`),
    `<questestinterop xmlns="${QTI12_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${QTI12_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">`,
    `  <assessment ident="${assessmentId}" title="${xmlAttr(oneLine(title))}">`,
    '    <qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>',
    '    <section ident="root_section">',
    ...body,
    '    </section>',
    '  </assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
}

function manifestXml(assessmentId: string, href: string, comment: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(comment),
    `<manifest identifier="${ncName(`manifest_${assessmentId}`)}" xmlns="${CP_NS}" xmlns:xsi="${XSI}" xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd">`,
    '  <metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>',
    '  <organizations/>',
    '  <resources>',
    `    <resource identifier="${assessmentId}" type="imsqti_xmlv1p2" href="${href}">`,
    `      <file href="${href}"/>`,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** `quiz.qti12.zip`: QTI 1.2 as Canvas imports it ("QTI .zip file"); a class set uses question groups. */
export function renderQti12(set: QuizSet): Uint8Array {
  const assessmentId = ncName(`${wording.categoryRoot}_quiz`);
  const href = `${assessmentId}/${assessmentId}.xml`;
  return deterministicZip([
    { path: 'imsmanifest.xml', data: manifestXml(assessmentId, href, `${oneLine(quizTitle(set.quizzes[0]))} - ${provenance(set)}`) },
    { path: href, data: assessmentXml(set, assessmentId) },
  ]);
}

export const qti12Renderer: FormatRenderer = {
  format: 'qti12',
  render: (set, ctx) => {
    assertRenderable(set, 'qti12');
    return [{ path: join(ctx.outDir, 'quiz.qti12.zip'), data: renderQti12(set) }];
  },
};
