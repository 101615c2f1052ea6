import { processArticle } from './src/pipeline/run.ts';
import { dictionaryClass } from './src/extract/ner/features.ts';
console.log(dictionaryClass('صرّح', 0), dictionaryClass('صرح', 0));
for (const text of ['وفي تونس، صرّح شميت للصحفيين بأن الاتفاق قريب.', 'وقرر البنك المركزي المصري رفع الفائدة.', 'وقال مسؤول في وزارة الخارجية القطرية إن المحادثات مستمرة.', 'وأغلقت الشرطة شارع الحمرا وطريق المطار أمس.']) {
  const a = processArticle({ source: 'x', text } as any);
  console.log(a.mentions?.map((m) => `${m.type}:${m.text}`).join(' | '));
}
