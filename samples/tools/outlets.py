"""Invented outlets of the rasd sample corpus (written for rasd, MIT). Names and domains are
fictional; any resemblance to a real outlet is accidental."""
OUTLETS = {
    'fajr': {'name': 'الفجر الجديد', 'domain': 'alfajr-aljadeed.example.com', 'kind': 'daily paper', 'country': 'مصر'},
    'madar': {'name': 'قناة المدار', 'domain': 'almadar-tv.example.net', 'kind': 'TV channel site', 'country': 'قطر'},
    'rafed': {'name': 'وكالة الرافد للأنباء', 'domain': 'alrafed-news.example.org', 'kind': 'news agency', 'country': 'الأردن'},
    'atlas': {'name': 'صوت الأطلس', 'domain': 'sawt-atlas.example.ma', 'kind': 'regional site (Maghreb)', 'country': 'المغرب'},
    'khaleej': {'name': 'بوابة الخليج', 'domain': 'bawabat-alkhaleej.example.com', 'kind': 'regional portal (Gulf)', 'country': 'الإمارات'},
    'daffa': {'name': 'جريدة الضفتين', 'domain': 'aldaffatain.example.com.lb', 'kind': 'daily paper (Levant)', 'country': 'لبنان'},
    'marsad': {'name': 'المرصد العربي', 'domain': 'almarsad-alarabi.example.net', 'kind': 'news site', 'country': 'تونس'},
}
