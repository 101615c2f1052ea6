/**
 * A fingerprint of the text core's word forms (normalizer, stemmer, clitic split) over a fixed
 * list of words. The model stores the one it was trained with; when the text core changes,
 * features drift, and loading warns that the model should be retrained.
 */
import { createHash } from 'node:crypto';
import { splitClitics } from './clitics.ts';

/** Words whose forms the fingerprint covers: names, clitics, articles, suffixes. */
const PROBE = [
  'والرئيس',
  'لبوتين',
  'وواشنطن',
  'بالأمم',
  'للأمم',
  'المتحدة',
  'وزارة',
  'الخارجية',
  'الأميركية',
  'فولوديمير',
  'زيلينسكي',
  'والحكومات',
  'سيقول',
  'كتبتها',
  'مستشفيات',
  'لبنان',
  'بغداد',
  'الفلسطينيين',
  'وبالتالي',
  'فرنسا',
];

/** Short hash of the text core's forms of the probe words. */
export function textCoreFingerprint(): string {
  const forms = PROBE.map((w) => {
    const s = splitClitics(w);
    return `${s.norm}/${s.particle}/${s.stem}`;
  });
  return createHash('sha1').update(forms.join(' ')).digest('hex').slice(0, 12);
}
