// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/DemoCommunityData.h"

namespace rapport::io::demo {

namespace {

constexpr const char* kEnglishGiven[] = {"James", "Mary", "Oliver", "Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan",
                                         "Sophia", "Jack", "Isla", "Henry", "Grace", "Samuel", "Chloe", "Daniel",
                                         "Emily", "Michael", "Hannah", "David", "Zoe", "Ryan", "Megan", "Chinedu",
                                         "Aisha", "Tunde", "Ngozi"};
constexpr const char* kEnglishFamily[] = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
                                          "Taylor", "Anderson", "Thomas", "Moore", "Clark", "Walker", "Young", "King",
                                          "Wright", "Scott", "Green", "Baker", "Murphy", "O'Brien", "Okafor", "Adeyemi"};
constexpr Place kEnglishPlaces[] = {{"US", "America/New_York", "New York"}, {"US", "America/Los_Angeles", "San Francisco"},
                                    {"US", "America/Chicago", "Chicago"},   {"US", "America/Denver", "Denver"},
                                    {"GB", "Europe/London", "London"},      {"CA", "America/Toronto", "Toronto"},
                                    {"AU", "Australia/Sydney", "Sydney"},   {"IE", "Europe/Dublin", "Dublin"},
                                    {"NG", "Africa/Lagos", "Lagos"}};
constexpr const char* kEnglishMail[] = {"gmail.com", "outlook.com", "proton.me", "icloud.com", "fastmail.com"};

constexpr const char* kChineseGiven[] = {"伟|Wei", "芳|Fang", "娜|Na", "敏|Min", "静|Jing", "磊|Lei", "洋|Yang",
                                         "勇|Yong", "艳|Yan", "杰|Jie", "涛|Tao", "明|Ming", "超|Chao", "秀英|Xiuying",
                                         "婷|Ting", "浩然|Haoran", "子涵|Zihan", "宇轩|Yuxuan", "欣怡|Xinyi", "俊杰|Junjie"};
constexpr const char* kChineseFamily[] = {"王|Wang", "李|Li", "张|Zhang", "刘|Liu", "陈|Chen", "杨|Yang", "黄|Huang",
                                          "赵|Zhao", "吴|Wu", "周|Zhou", "徐|Xu", "孙|Sun", "马|Ma", "朱|Zhu", "胡|Hu",
                                          "郭|Guo", "何|He", "林|Lin"};
constexpr Place kChinesePlaces[] = {{"CN", "Asia/Shanghai", "Shanghai"}, {"CN", "Asia/Shanghai", "Beijing"},
                                    {"CN", "Asia/Shanghai", "Shenzhen"}, {"CN", "Asia/Shanghai", "Hangzhou"},
                                    {"TW", "Asia/Taipei", "Taipei"},     {"SG", "Asia/Singapore", "Singapore"}};
constexpr const char* kChineseMail[] = {"qq.com", "163.com", "126.com", "gmail.com", "foxmail.com"};

constexpr const char* kJapaneseGiven[] = {"翔太|Shota", "陽菜|Hina", "蓮|Ren", "結衣|Yui", "大輝|Daiki", "美咲|Misaki",
                                          "拓海|Takumi", "さくら|Sakura", "悠斗|Yuto", "葵|Aoi", "健太|Kenta", "愛|Ai"};
constexpr const char* kJapaneseFamily[] = {"佐藤|Sato", "鈴木|Suzuki", "高橋|Takahashi", "田中|Tanaka", "伊藤|Ito",
                                           "渡辺|Watanabe", "山本|Yamamoto", "中村|Nakamura", "小林|Kobayashi", "加藤|Kato"};
constexpr Place kJapanesePlaces[] = {{"JP", "Asia/Tokyo", "Tokyo"}, {"JP", "Asia/Tokyo", "Osaka"}, {"JP", "Asia/Tokyo", "Fukuoka"}};
constexpr const char* kJapaneseMail[] = {"gmail.com", "yahoo.co.jp", "icloud.com"};

constexpr const char* kGermanGiven[] = {"Lukas", "Anna", "Leon", "Marie", "Felix", "Sophie", "Jonas", "Lena",
                                        "Maximilian", "Hannah", "Jürgen", "Käthe", "Tobias", "Jana", "Sebastian", "Miriam"};
constexpr const char* kGermanFamily[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
                                         "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf"};
constexpr Place kGermanPlaces[] = {{"DE", "Europe/Berlin", "Berlin"}, {"DE", "Europe/Berlin", "Munich"},
                                   {"DE", "Europe/Berlin", "Hamburg"}, {"AT", "Europe/Vienna", "Vienna"},
                                   {"CH", "Europe/Zurich", "Zurich"}};
constexpr const char* kGermanMail[] = {"gmx.de", "web.de", "posteo.de", "gmail.com", "mailbox.org"};

constexpr const char* kFrenchGiven[] = {"Jean", "Camille", "Louis", "Chloé", "Hugo", "Léa", "Théo", "Manon", "Nathan",
                                        "Inès", "Gabriel", "Élodie", "Mathis", "Zoé"};
constexpr const char* kFrenchFamily[] = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
                                         "Leroy", "Moreau", "Lefèvre", "Girard", "Fournier", "Rousseau"};
constexpr Place kFrenchPlaces[] = {{"FR", "Europe/Paris", "Paris"}, {"FR", "Europe/Paris", "Lyon"},
                                   {"BE", "Europe/Brussels", "Brussels"}, {"CA", "America/Toronto", "Montréal"}};
constexpr const char* kFrenchMail[] = {"gmail.com", "orange.fr", "free.fr", "proton.me"};

constexpr const char* kSpanishGiven[] = {"Santiago", "Sofía", "Mateo", "Valentina", "Alejandro", "Lucía", "Diego",
                                         "Martina", "Javier", "Camila", "Carlos", "Isabela", "Andrés", "Ximena"};
constexpr const char* kSpanishFamily[] = {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
                                          "Pérez", "Gómez", "Díaz", "Torres", "Ramírez", "Flores", "Núñez"};
constexpr Place kSpanishPlaces[] = {{"ES", "Europe/Madrid", "Madrid"}, {"ES", "Europe/Madrid", "Barcelona"},
                                    {"MX", "America/Mexico_City", "Mexico City"},
                                    {"AR", "America/Argentina/Buenos_Aires", "Buenos Aires"},
                                    {"CO", "America/Bogota", "Bogotá"}};
constexpr const char* kSpanishMail[] = {"gmail.com", "hotmail.com", "outlook.es", "yahoo.es"};

constexpr const char* kPortugueseGiven[] = {"João", "Maria", "Pedro", "Ana", "Lucas", "Beatriz", "Gabriel", "Júlia",
                                            "Rafael", "Larissa", "Thiago", "Fernanda"};
constexpr const char* kPortugueseFamily[] = {"Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves",
                                             "Pereira", "Lima", "Gonçalves", "Costa", "Carvalho"};
constexpr Place kPortuguesePlaces[] = {{"BR", "America/Sao_Paulo", "São Paulo"}, {"BR", "America/Sao_Paulo", "Belo Horizonte"},
                                       {"BR", "America/Sao_Paulo", "Florianópolis"}, {"PT", "Europe/Lisbon", "Lisbon"}};
constexpr const char* kPortugueseMail[] = {"gmail.com", "hotmail.com", "uol.com.br", "sapo.pt"};

constexpr const char* kHindiGiven[] = {"आरव|Aarav", "विवान|Vivaan", "अदिति|Aditi", "अनन्या|Ananya", "रोहन|Rohan",
                                       "प्रिया|Priya", "अर्जुन|Arjun", "दिव्या|Divya", "राहुल|Rahul", "नेहा|Neha",
                                       "सुरेश|Suresh", "कविता|Kavita", "विक्रम|Vikram", "पूजा|Pooja"};
constexpr const char* kHindiFamily[] = {"शर्मा|Sharma", "वर्मा|Verma", "पटेल|Patel", "गुप्ता|Gupta", "सिंह|Singh",
                                        "कुमार|Kumar", "रेड्डी|Reddy", "अय्यर|Iyer", "जोशी|Joshi", "मेहता|Mehta",
                                        "नायर|Nair", "राव|Rao"};
constexpr Place kHindiPlaces[] = {{"IN", "Asia/Kolkata", "Bengaluru"}, {"IN", "Asia/Kolkata", "Pune"},
                                  {"IN", "Asia/Kolkata", "Hyderabad"}, {"IN", "Asia/Kolkata", "Delhi"}};
constexpr const char* kHindiMail[] = {"gmail.com", "yahoo.co.in", "outlook.com", "rediffmail.com"};

constexpr const char* kKoreanGiven[] = {"민준|Minjun", "서연|Seoyeon", "도윤|Doyoon", "지우|Jiwoo", "하준|Hajun",
                                        "서윤|Seoyun", "지호|Jiho", "수아|Sua", "현우|Hyunwoo", "예은|Yeeun"};
constexpr const char* kKoreanFamily[] = {"김|Kim", "이|Lee", "박|Park", "최|Choi", "정|Jung", "강|Kang", "조|Cho", "윤|Yoon"};
constexpr Place kKoreanPlaces[] = {{"KR", "Asia/Seoul", "Seoul"}, {"KR", "Asia/Seoul", "Busan"}, {"KR", "Asia/Seoul", "Pangyo"}};
constexpr const char* kKoreanMail[] = {"naver.com", "gmail.com", "kakao.com", "daum.net"};

constexpr const char* kArabicGiven[] = {"محمد|Mohamed", "أحمد|Ahmed", "فاطمة|Fatima", "ليلى|Layla", "عمر|Omar",
                                        "نور|Nour", "يوسف|Youssef", "مريم|Maryam", "خالد|Khaled", "سارة|Sara",
                                        "ياسين|Yassine", "هدى|Huda"};
constexpr const char* kArabicFamily[] = {"العلي|Al-Ali", "حسن|Hassan", "إبراهيم|Ibrahim", "منصور|Mansour",
                                         "الخطيب|Al-Khatib", "سعيد|Saeed", "حداد|Haddad", "ناصر|Nasser", "بنعلي|Benali"};
constexpr Place kArabicPlaces[] = {{"EG", "Africa/Cairo", "Cairo"}, {"SA", "Asia/Riyadh", "Riyadh"},
                                   {"AE", "Asia/Dubai", "Dubai"}, {"MA", "Africa/Casablanca", "Casablanca"},
                                   {"JO", "Asia/Amman", "Amman"}};
constexpr const char* kArabicMail[] = {"gmail.com", "hotmail.com", "outlook.com", "yahoo.com"};

constexpr Culture kCultures[] = {
    {"english", 26, false, true, 1.0, kEnglishGiven, kEnglishFamily, kEnglishPlaces, kEnglishMail, false},
    {"chinese", 17, true, false, 0.75, kChineseGiven, kChineseFamily, kChinesePlaces, kChineseMail, true},
    {"hindi", 13, false, true, 0.25, kHindiGiven, kHindiFamily, kHindiPlaces, kHindiMail, false},
    {"german", 8, false, true, 1.0, kGermanGiven, kGermanFamily, kGermanPlaces, kGermanMail, false},
    {"spanish", 8, false, true, 1.0, kSpanishGiven, kSpanishFamily, kSpanishPlaces, kSpanishMail, false},
    {"portuguese", 7, false, true, 1.0, kPortugueseGiven, kPortugueseFamily, kPortuguesePlaces, kPortugueseMail, false},
    {"japanese", 7, true, true, 0.7, kJapaneseGiven, kJapaneseFamily, kJapanesePlaces, kJapaneseMail, false},
    {"french", 6, false, true, 1.0, kFrenchGiven, kFrenchFamily, kFrenchPlaces, kFrenchMail, false},
    {"korean", 4, true, false, 0.7, kKoreanGiven, kKoreanFamily, kKoreanPlaces, kKoreanMail, false},
    {"arabic", 4, false, true, 0.4, kArabicGiven, kArabicFamily, kArabicPlaces, kArabicMail, false},
};

constexpr Role kRoles[] = {{"backend", 24}, {"frontend", 16}, {"fullstack", 14}, {"devops", 9}, {"data", 8},
                           {"mobile", 7},   {"student", 8},   {"ml", 5},         {"security", 3}, {"qa", 2},
                           {"embedded", 2}, {"engineering manager", 1}, {"developer advocate", 1}};

constexpr const char* kCompanies[] = {
    "Northwind Labs", "Globex", "Initech", "Umbrella Systems", "Hooli", "Pied Piper", "Acme Cloud", "Tyrell Data",
    "Cyberdyne", "Soylent Analytics", "Aperture Robotics", "Wonka Payments", "Stark Fintech", "Massive Dynamic",
    "Vandelay Logistics", "Blue Sun", "Oceanic Air", "Gringotts Bank", "深蓝科技", "云栈网络", "星河数据",
    "株式会社サクラソフト", "ミライ工業", "Schnell & Klug GmbH", "Datenwerk AG", "Lumière Logiciel", "Nébuleuse SAS",
    "Andes Tech", "Solaris Software", "Pampa Cloud", "Tupã Sistemas", "Bandeirante Dados", "Infosphere Bengaluru",
    "Chai Labs", "한빛소프트", "새벽클라우드", "Nile Digital", "Falcon Systems", "Atlas Robotics", "Freelance"};
constexpr const char* kUniversities[] = {"TU München", "Tsinghua University", "University of Tokyo", "MIT", "ETH Zürich",
                                         "IIT Bombay", "KAIST", "Universidade de São Paulo", "Sorbonne Université",
                                         "Universidad de Buenos Aires", "Cairo University", "University of Toronto"};
constexpr const char* kTags[] = {"rust", "go", "python", "typescript", "kubernetes", "java", "kotlin", "swift", "cpp",
                                 "ai", "databases", "webassembly", "observability", "security", "open-source",
                                 "beta-tester", "early-adopter", "student-club"};
constexpr const char* kSources[] = {"meetup", "eventbrite", "github", "newsletter", "conference", "discord", "import",
                                    "website", "referral", "wechat"};
constexpr const char* kTopics[] = {"ownership without tears", "async runtimes", "zero-downtime deploys",
                                   "tracing in production", "WebAssembly at the edge", "vector search",
                                   "database migrations", "feature flags", "fuzzing", "cold starts",
                                   "memory profiling", "API design", "GitOps", "incident reviews", "type-safe SQL",
                                   "streaming pipelines", "on-call that doesn't burn out", "mobile offline sync",
                                   "supply-chain security", "local-first apps"};

} // namespace

std::span<const Culture> cultures()
{
    return kCultures;
}
std::span<const Role> roles()
{
    return kRoles;
}
std::span<const char* const> companies()
{
    return kCompanies;
}
std::span<const char* const> universities()
{
    return kUniversities;
}
std::span<const char* const> tags()
{
    return kTags;
}
std::span<const char* const> sources()
{
    return kSources;
}
std::span<const char* const> contentTopics()
{
    return kTopics;
}

} // namespace rapport::io::demo
