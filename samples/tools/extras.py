"""Stories, threads, planted contradictions and entity spellings of the rasd sample corpus
(written for rasd, MIT). Article lists are filled in by build.py from the articles."""

STORIES = {
    'geneva-round1': {'thread': 'ukraine-talks', 'event': 'First round of direct Russian-Ukrainian talks, Geneva, Tuesday 11 February 2025', 'eventDate': '2025-02-11'},
    'istanbul-round2': {'thread': 'ukraine-talks', 'event': 'Second round of talks, Istanbul, 11-12 March 2025', 'eventDate': '2025-03-12'},
    'jeddah-talks': {'thread': 'sudan-humanitarian', 'event': 'Sudan humanitarian talks in Jeddah, 20-21 January 2025', 'eventDate': '2025-01-21'},
    'fasher-convoy': {'thread': 'sudan-humanitarian', 'event': 'UN aid convoy reaches El Fasher on 5 February 2025 after an attack near Mellit on 3 February', 'eventDate': '2025-02-05'},
    'sudan-pledging': {'thread': 'sudan-humanitarian', 'event': 'Pledging conference for Sudan, Geneva, Monday 24 February 2025', 'eventDate': '2025-02-24'},
    'rabat-stadium': {'thread': None, 'event': 'Distractor: stadium works in Rabat', 'eventDate': '2025-02-18'},
    'egypt-inflation': {'thread': None, 'event': 'Distractor: Egyptian urban inflation in January', 'eventDate': '2025-02-10'},
    'lebanon-snowstorm': {'thread': None, 'event': 'Distractor: snowstorm forecast in Lebanon', 'eventDate': '2025-01-30'},
    'uae-ramadan-hours': {'thread': None, 'event': 'Distractor: Ramadan working hours in the UAE', 'eventDate': '2025-02-26'},
}

THREADS = {
    'ukraine-talks': {'topic': 'Russian-Ukrainian talks, Geneva then Istanbul', 'stories': ['geneva-round1', 'istanbul-round2']},
    'sudan-humanitarian': {'topic': 'Sudan humanitarian track: Jeddah talks, El Fasher convoy, Geneva pledging', 'stories': ['jeddah-talks', 'fasher-convoy', 'sudan-pledging']},
}

CONTRADICTIONS = [
    {'kind': 'date', 'subject': 'date of the first round of talks in Geneva',
     'a': 'rafed-2025-02-11-geneva-talks', 'valueA': 'الثلاثاء 11 فبراير/شباط 2025', 'resolvedA': '2025-02-11',
     'b': 'daffa-2025-02-13-geneva-analysis', 'valueB': 'أمس الأربعاء', 'resolvedB': '2025-02-12',
     'note': 'b was published on Thursday 13 February 2025, so "yesterday, Wednesday" is 12 February'},
    {'kind': 'number', 'subject': 'drivers killed in the attack on the El Fasher convoy',
     'a': 'rafed-2025-02-05-fasher-convoy', 'valueA': '6 سائقين', 'resolvedA': 6,
     'b': 'daffa-2025-02-06-fasher', 'valueB': '9 سائقين', 'resolvedB': 9,
     'note': 'other outlets agree with a: "ستة سائقين"'},
]

ENTITIES = [
    {'canonical': 'أنطونيو غوتيريش', 'type': 'PER', 'variants': ['أنطونيو غوتيريش', 'غوتيريش', 'أنطونيو غوتيريس', 'غوتيريس']},
    {'canonical': 'فولوديمير زيلينسكي', 'type': 'PER', 'variants': ['فولوديمير زيلينسكي', 'زيلينسكي', 'فولوديمير زيلنسكي', 'زيلنسكي']},
    {'canonical': 'فلاديمير بوتين', 'type': 'PER', 'variants': ['فلاديمير بوتين'], 'note': 'shares the first name فلاديمير with فلاديمير ميدينسكي'},
    {'canonical': 'فلاديمير ميدينسكي', 'type': 'PER', 'variants': ['فلاديمير ميدينسكي', 'فلاديمير ميدنسكي']},
    {'canonical': 'أحمد أبو الغيط', 'type': 'PER', 'variants': ['أحمد أبو الغيط', 'أبو الغيط', 'احمد ابو الغيط', 'ابو الغيط'], 'note': 'shares the first name أحمد with أحمد عطاف'},
    {'canonical': 'أحمد عطاف', 'type': 'PER', 'variants': ['أحمد عطاف']},
    {'canonical': 'هاكان فيدان', 'type': 'PER', 'variants': ['هاكان فيدان', 'فيدان']},
    {'canonical': 'رجب طيب أردوغان', 'type': 'PER', 'variants': ['رجب طيب أردوغان', 'رجب طيب إردوغان']},
    {'canonical': 'سيرغي لافروف', 'type': 'PER', 'variants': ['سيرغي لافروف', 'سيرجي لافروف', 'لافروف']},
    {'canonical': 'ديمتري بيسكوف', 'type': 'PER', 'variants': ['ديمتري بيسكوف', 'دميتري بيسكوف', 'بيسكوف']},
    {'canonical': 'مارك روته', 'type': 'PER', 'variants': ['مارك روته', 'روته']},
    {'canonical': 'رستم عمروف', 'type': 'PER', 'variants': ['رستم عمروف', 'روستم أوميروف']},
    {'canonical': 'رمطان لعمامرة', 'type': 'PER', 'variants': ['رمطان لعمامرة', 'رمضان لعمامرة', 'لعمامرة']},
    {'canonical': 'فيصل بن فرحان', 'type': 'PER', 'variants': ['الأمير فيصل بن فرحان']},
    {'canonical': 'سيندي ماكين', 'type': 'PER', 'variants': ['سيندي ماكين', 'ماكين']},
    {'canonical': 'توم فليتشر', 'type': 'PER', 'variants': ['توم فليتشر', 'توم فلتشر', 'فليتشر']},
    {'canonical': 'الأمم المتحدة', 'type': 'ORG', 'variants': ['الأمم المتحدة', 'المنظمة الدولية', 'المنظمة الأممية'],
     'note': 'المنظمة الدولية للهجرة is a different organisation (IOM), listed separately'},
    {'canonical': 'المنظمة الدولية للهجرة', 'type': 'ORG', 'variants': ['المنظمة الدولية للهجرة']},
    {'canonical': 'حلف شمال الأطلسي', 'type': 'ORG', 'variants': ['حلف شمال الأطلسي', 'الناتو', 'حلف الناتو']},
    {'canonical': 'جامعة الدول العربية', 'type': 'ORG', 'variants': ['جامعة الدول العربية', 'الجامعة العربية']},
    {'canonical': 'برنامج الأغذية العالمي', 'type': 'ORG', 'variants': ['برنامج الأغذية العالمي']},
    {'canonical': 'مكتب تنسيق الشؤون الإنسانية', 'type': 'ORG', 'variants': ['مكتب تنسيق الشؤون الإنسانية', 'أوتشا']},
    {'canonical': 'جنيف', 'type': 'LOC', 'variants': ['جنيف']},
    {'canonical': 'إسطنبول', 'type': 'LOC', 'variants': ['إسطنبول']},
    {'canonical': 'الفاشر', 'type': 'LOC', 'variants': ['الفاشر']},
    {'canonical': 'جدة', 'type': 'LOC', 'variants': ['جدة']},
]

SHARED_FIRST_NAMES = [
    {'firstName': 'أحمد', 'people': ['أحمد أبو الغيط', 'أحمد عطاف'], 'together': 'marsad-2025-01-22-arab-reactions'},
    {'firstName': 'فلاديمير', 'people': ['فلاديمير بوتين', 'فلاديمير ميدينسكي'], 'together': 'daffa-2025-02-13-geneva-analysis'},
]

SYNDICATION = {
    'origin': 'rafed-2025-01-21-jeddah-wire',
    'copies': {
        'fajr-2025-01-22-jeddah-wire-copy': 'credited to the agency; "اليوم الثلاثاء" became "أمس الثلاثاء", "خلال أسبوعين" became "في غضون أسبوعين", one closing sentence added, title writes 3 for ثلاثة',
        'khaleej-2025-01-21-jeddah-wire-copy': 'credited to the agency in the byline; dateline dropped, last sentence removed; page saved in windows-1256',
    },
}
