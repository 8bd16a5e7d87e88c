import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { QuizwireError } from '../../errors.js';
import { writeFilesAtomically } from '../../io/write-atomic.js';
import { ClassManifest } from '../../schema/index.js';
import { generateClassSet, studentQuiz, type ClassOptions, type Student, type Vary } from '../../questions/class-set.js';
import { numberedStudents, readRoster } from '../../questions/roster.js';
import type { RenderContext } from '../../render/registry.js';
import { inputsOf, say, warnAboutInputs } from '../options.js';
import { parseCountOption, parseFormats, parseKindsOption, renderSet, tableWithTexts } from '../quiz-support.js';

function readManifest(path: string): ClassManifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new QuizwireError(`${path}: cannot read the manifest (${e instanceof SyntaxError ? 'not JSON' : ((e as NodeJS.ErrnoException).code ?? 'error')}); give the manifest.json a class run wrote.`);
  }
  const parsed = ClassManifest.safeParse(data);
  if (!parsed.success) throw new QuizwireError(`${path}: not a quizwire class manifest (${parsed.error.issues[0]?.path.join('.') || 'format'}: ${parsed.error.issues[0]?.message ?? 'invalid'}).`);
  return parsed.data;
}

function studentsOf(argv: Record<string, unknown>, warn: (m: string) => void): Student[] {
  if (argv.roster !== undefined && argv.students !== undefined) throw new QuizwireError('give either --students N or --roster FILE.csv, not both.');
  if (argv.roster !== undefined) {
    const { students, warnings } = readRoster(String(argv.roster));
    warnings.forEach(warn);
    return students;
  }
  if (argv.students !== undefined) return numberedStudents(Number(argv.students));
  throw new QuizwireError('say who the class is: --students N or --roster FILE.csv (or --manifest FILE with --only ID).');
}

/** `quizwire class`. */
export async function runClass(argv: Record<string, unknown>): Promise<void> {
  const warn = (m: string) => say(argv, `warning: ${m}`);
  const manifest = argv.manifest === undefined ? undefined : readManifest(String(argv.manifest));
  // A manifest fixes everything that decides a student's questions; the options decide the rest.
  const count = manifest?.count ?? parseCountOption(argv.count);
  const kinds = manifest ? manifest.kinds : parseKindsOption(argv.kinds);
  const inputs = manifest?.inputs ?? inputsOf(argv);
  const formats = parseFormats(argv.format);
  const out = String(argv.out);
  const templatesDir = argv.templates === undefined ? undefined : String(argv.templates);
  const seed = manifest?.seed ?? String(argv.seed);
  const vary = (manifest?.vary ?? argv.vary) as Vary;
  const students = manifest ? manifest.students.map(({ id, name }) => ({ id, name })) : studentsOf(argv, warn);
  if (manifest && argv.only === undefined) throw new QuizwireError('--manifest makes one student again: add --only STUDENT_ID.');
  const factsFile = argv.facts === undefined ? manifest?.facts : String(argv.facts);
  const { table, texts, paths } = tableWithTexts(inputs, factsFile, [out]);
  if (factsFile === undefined) warnAboutInputs(argv, table.diagnostics);
  const options: ClassOptions = { seed, students, vary, count, kinds, templatesDir, texts, inputs, factsFile, title: manifest?.title ?? String(argv.title) };
  const ctx = { templatesDir, paper: argv.paper as RenderContext['paper'] };

  if (argv.only !== undefined) {
    const student = students.find((s) => s.id === String(argv.only));
    if (!student) throw new QuizwireError(`no student "${argv.only}" in this class; ids are ${students.slice(0, 5).map((s) => s.id).join(', ')}${students.length > 5 ? ', ...' : ''}.`);
    const quiz = studentQuiz(table, options, student);
    const files = await renderSet({ quizzes: [quiz] }, formats, { ...ctx, outDir: join(out, 'students', student.id) });
    writeFilesAtomically(files, { protect: paths });
    say(argv, `wrote ${student.name}'s version ${quiz.versionCode} to ${files.map((f) => f.path).join(', ')}`);
    return;
  }

  const set = generateClassSet(table, options);
  const files = await renderSet(set, formats, { ...ctx, outDir: out });
  const rel = (path: string) => relative(out, path).split(sep).join('/');
  const shared = files.map((f) => rel(f.path)).filter((p) => !p.startsWith('students/'));
  for (const s of set.manifest.students) {
    const own = files.map((f) => rel(f.path)).filter((p) => p.startsWith(`students/${s.id}/`));
    s.files = [...own, ...shared];
  }
  files.push({ path: join(out, 'manifest.json'), data: `${JSON.stringify(ClassManifest.parse(set.manifest), null, 2)}\n` });
  writeFilesAtomically(files, { protect: paths });
  const questions = set.quizzes.map((q) => q.questions.length);
  say(argv, `wrote ${set.quizzes.length} versions (${Math.min(...questions)}-${Math.max(...questions)} questions each, seed "${seed}", vary ${vary}) to ${out}/`);
  for (const note of set.quizzes[0]?.notes ?? []) say(argv, `note: ${note}`);
}
