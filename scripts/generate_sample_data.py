#!/usr/bin/env python3
"""Deterministic sample-data generator for WieWeet ("who knows?").

Writes a realistic, fictional corpus for a Dutch association of secondary schools
(staff profiles, career-week workshops, intranet documents) in the v1 ingest
contract of docs/DESIGN.md, plus ground truth for relevance evaluation.

Usage:
    python3 scripts/generate_sample_data.py --out DIR [--staff N] [--seed S]

Output files in DIR:
    staff.jsonl, workshops.jsonl, documents.jsonl   v1 ingest contract (JSON Lines)
    truth.jsonl   one line per person: {"person", "visibility", "topics": {topic: grade}}
                  grade 2 = real expert, 1 = some knowledge, absent = 0.  NOT for the engine.
    topics.json   the topic bank (labels, phrasings used in evidence, phrasings that are
                  deliberately never used, per-topic counts) plus run metadata.
    meeloop_requests.csv  career-week job-shadowing requests for `wieweet-indexer match`
                  (docs/meeloop.md): requester_id, request, preferred_school, preferred_role.

Determinism: same --seed and --staff give byte-identical files.  Only the methods
random/randint/choice/shuffle/uniform of random.Random are used, no hash() of
strings, no set iteration and no wall-clock time in the output.
Python 3.11 standard library only.  All people, schools and texts are fictional.
"""

import argparse
import datetime
import json
import os
import random
import re
import sys
import time
import unicodedata

DEFAULT_SEED = 2026
DEFAULT_STAFF = 7000
TODAY = datetime.date(2026, 5, 31)          # fixed "now" of the data set
ASSOCIATION = "Onderwijsgroep Eemvallei"      # fictional
ASSOCIATION_DOMAIN = "eemvallei.nl"
SB_NAME = "Servicebureau"
SB_CITY = "Amersfoort"
INTRANET = "https://intranet.example.nl"

MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
             "augustus", "september", "oktober", "november", "december"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


# --------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------

def wchoice(rng, items, weights):
    """Weighted choice using rng.random() only."""
    total = 0.0
    for w in weights:
        total += w
    r = rng.random() * total
    acc = 0.0
    for item, w in zip(items, weights):
        acc += w
        if r < acc:
            return item
    return items[-1]


def shuffled(rng, seq):
    out = list(seq)
    rng.shuffle(out)
    return out


def pick_distinct(rng, pool, k, exclude=()):
    """Up to k distinct elements of pool (list), not in exclude; pool may be large."""
    out = []
    if not pool:
        return out
    tries = 0
    while len(out) < k and tries < k * 8 + 8:
        tries += 1
        x = rng.choice(pool)
        if x in out or x in exclude:
            continue
        out.append(x)
    return out


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def split_article(p):
    """'het lesrooster' -> ('het', 'lesrooster'); 'Zermelo' -> ('', 'Zermelo')."""
    for art in ("de ", "het ", "een ", "the ", "a "):
        if p.startswith(art):
            return art.strip(), p[len(art):]
    return "", p


ASCII_MAP = {"ı": "i", "ş": "s", "ğ": "g", "ø": "o", "ß": "ss", "æ": "ae", "ł": "l",
             "İ": "I", "Ş": "S", "Ğ": "G", "Ø": "O", "Æ": "AE", "Ł": "L"}


def ascii_fold(s):
    s = "".join(ASCII_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slugify(s, maxlen=60):
    s = ascii_fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if len(s) > maxlen:
        s = s[:maxlen].rstrip("-")
    return s or "pagina"


def date_nl(d):
    return "%d %s %d" % (d.day, MONTHS_NL[d.month - 1], d.year)


def date_en(d):
    return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)


def join_nl(names):
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " en " + names[-1]


def join_en(names):
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def a_an(word):
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def random_date(rng, start, end):
    span = (end - start).days
    return start + datetime.timedelta(days=rng.randint(0, max(0, span)))


# --------------------------------------------------------------------------
# topic bank
# --------------------------------------------------------------------------
# Each topic: id, label (Dutch, as used mid-sentence), category (edu | org | vak),
# nl = phrasings used in Dutch evidence (article included where Dutch needs one),
# tags = short self-declared expertise tags, s = topic sentences (Dutch),
# en/es = English phrasings / sentences, ws = workshop titles,
# un = real-world synonyms that are DELIBERATELY NEVER used in any evidence text,
# rel = related topics (cross-topic noise), dept = owning Servicebureau department.

TOPICS = []


def T(tid, label, cat, en_label, nl, tags, s, en, es, ws, un=(), rel=(), dept=None, since=None):
    TOPICS.append({
        "id": tid, "label": label, "cat": cat, "en_label": en_label,
        "nl": list(nl), "tags": list(tags), "s": list(s), "en": list(en), "es": list(es),
        "ws": list(ws), "un": list(un), "rel": list(rel), "dept": dept, "since": since,
    })


# ---- education: students, teaching and learning ----
T("passend-onderwijs", "passend onderwijs", "edu", "inclusive education",
  ["passend onderwijs", "het ondersteuningsplan", "de zorgplicht", "het samenwerkingsverband",
   "het ontwikkelingsperspectief", "het OPP", "een arrangement", "het schoolondersteuningsprofiel",
   "thuiszitters", "extra ondersteuning"],
  ["passend onderwijs", "ondersteuning", "samenwerkingsverband"],
  ["Voor leerlingen die extra ondersteuning nodig hebben stellen we samen met ouders een ontwikkelingsperspectief (OPP) op.",
   "Het samenwerkingsverband beoordeelt de aanvraag voor een arrangement binnen zes weken.",
   "Onze zorgplicht betekent dat we voor elke aangemelde leerling een passende plek zoeken, op onze eigen school of elders.",
   "In het schoolondersteuningsprofiel staat welke ondersteuning de school kan bieden.",
   "Het aantal thuiszitters in de regio is het afgelopen jaar gedaald."],
  ["inclusive education", "additional support", "the support plan", "the regional special-needs partnership"],
  ["Students who need additional support get an individual development plan, drawn up together with their parents."],
  ["Passend onderwijs: wat mag je van de school verwachten?", "Werken met het OPP in de praktijk"],
  rel=["leerlingbegeleiding", "welzijn-leerlingen"])

T("leerlingbegeleiding", "zorgcoördinatie en leerlingbegeleiding", "edu", "student support",
  ["leerlingbegeleiding", "de zorgcoördinatie", "het zorgteam", "het ondersteuningsteam",
   "de leerlingbespreking", "het handelingsplan", "het begeleidingsplan", "de zorgstructuur", "het zorgoverleg"],
  ["leerlingbegeleiding", "zorgcoördinatie", "leerlingzorg"],
  ["In het zorgteam bespreken de zorgcoördinator, de mentor en de orthopedagoog welke begeleiding een leerling nodig heeft.",
   "Het ondersteuningsteam komt eens per zes weken bijeen, met de jeugdarts en de leerplichtambtenaar aan tafel.",
   "Tijdens de leerlingbespreking worden afspraken vastgelegd in een handelingsplan.",
   "De zorgstructuur van de school kent drie lagen: mentor, zorgcoördinator en externe hulp."],
  ["student support", "pastoral care", "the care team", "support plans"],
  ["The care team meets every six weeks to discuss students who need extra support."],
  ["Zorgcoördinatie: wie doet wat in de leerlingbegeleiding?", "Een goede leerlingbespreking in 45 minuten"],
  rel=["passend-onderwijs", "mentoraat"])

T("dyslexie", "dyslexie", "edu", "dyslexia",
  ["dyslexie", "de dyslexieverklaring", "het dyslexieprotocol", "voorleessoftware", "Kurzweil", "ClaroRead",
   "extra tijd bij toetsen", "het dyslexiepasje", "dyslectische leerlingen", "het dyslexiebeleid"],
  ["dyslexie", "dyslexieprotocol", "voorleessoftware"],
  ["Leerlingen met een dyslexieverklaring krijgen een dyslexiepasje met daarop hun faciliteiten.",
   "Bij toetsen hebben dyslectische leerlingen recht op extra tijd en een vergroot lettertype.",
   "Met voorleessoftware zoals Kurzweil of ClaroRead kunnen leerlingen teksten laten voorlezen.",
   "Het dyslexieprotocol beschrijft hoe we signaleren, laten onderzoeken en begeleiden."],
  ["dyslexia", "text-to-speech software", "extra time in tests", "dyslexia support"],
  ["Students with a dyslexia statement are entitled to extra time and text-to-speech software."],
  ["Dyslexie in de klas: wat werkt wel en wat niet?", "Voorleessoftware slim inzetten"],
  un=["leesstoornis"], rel=["rekenbeleid", "leerlingbegeleiding"])

T("hoogbegaafdheid", "hoogbegaafdheid", "edu", "gifted education",
  ["hoogbegaafdheid", "hoogbegaafde leerlingen", "de plusklas", "verrijking", "versnellen", "compacten",
   "het plusprogramma", "onderpresteren", "excellentie", "het verrijkingsproject"],
  ["hoogbegaafdheid", "plusklas", "verrijking"],
  ["In de plusklas werken hoogbegaafde leerlingen één uur per week aan een eigen verrijkingsproject.",
   "Door compacten maken we ruimte voor verrijking zonder extra lesuren.",
   "Onderpresteren bij hoogbegaafde leerlingen wordt vaak laat herkend.",
   "Versnellen is mogelijk na overleg met de mentor, de ouders en de coördinator hoogbegaafdheid."],
  ["gifted students", "giftedness", "enrichment", "acceleration"],
  ["Gifted students can join the enrichment programme for one hour a week."],
  ["Hoogbegaafdheid: signaleren en begeleiden", "Compacten en verrijken in de onderbouw"],
  un=["meerbegaafdheid"], rel=["differentiatie"])

T("examens-pta", "examens en PTA", "edu", "exams and the examination programme",
  ["het PTA", "het programma van toetsing en afsluiting", "het schoolexamen", "het centraal examen",
   "het examenreglement", "de herkansingen", "het examensecretariaat", "de examencommissie",
   "de eindexamens", "de SE-week", "het examendossier"],
  ["examens", "PTA", "examensecretariaat", "schoolexamen"],
  ["Het PTA moet vóór 1 oktober aan leerlingen en ouders zijn verstrekt.",
   "De examencommissie borgt de kwaliteit van het schoolexamen.",
   "Verzoeken om een herkansing lopen via het examensecretariaat.",
   "Het examenreglement beschrijft wat er gebeurt bij onregelmatigheden tijdens een toets of het centraal examen.",
   "Na elke SE-week controleert het examensecretariaat of alle cijfers in het examendossier staan."],
  ["final exams", "the examination programme", "school exams", "the exam board"],
  ["The exam secretary checks that all marks are recorded in the exam file after each exam week."],
  ["Het nieuwe PTA: valkuilen en tips", "Examensecretariaat in de praktijk"],
  rel=["toetsbeleid"])

T("toetsbeleid", "toetsbeleid", "edu", "assessment policy",
  ["het toetsbeleid", "de toetsweek", "de toetsmatrijs", "toetskwaliteit", "RTTI", "de normering",
   "de toetsanalyse", "summatieve toetsen", "het toetsprotocol", "toetsdruk"],
  ["toetsbeleid", "toetsing", "toetsweek"],
  ["Met een toetsmatrijs zorg je dat een toets alle leerdoelen in de juiste verhouding toetst.",
   "Na elke toetsweek maken secties een korte toetsanalyse.",
   "Veel scholen werken met RTTI om de vraagniveaus van toetsen in beeld te brengen.",
   "Om de toetsdruk te verlagen is het aantal summatieve toetsen in de onderbouw beperkt."],
  ["assessment policy", "test quality", "test weeks", "test analysis"],
  ["After each test week, departments carry out a short test analysis."],
  ["Betere toetsen met een toetsmatrijs", "Minder toetsdruk: hoe pak je dat aan?"],
  rel=["examens-pta", "formatief-evalueren"])

T("formatief-evalueren", "formatief evalueren", "edu", "formative assessment",
  ["formatief evalueren", "formatief handelen", "feedback", "feedforward", "leerdoelen", "succescriteria",
   "exit tickets", "de formatieve cyclus", "peerfeedback", "wisbordjes"],
  ["formatief evalueren", "feedback"],
  ["Bij formatief evalueren maak je leerdoelen en succescriteria aan het begin van de les zichtbaar.",
   "Met exit tickets of wisbordjes zie je in één oogopslag waar leerlingen staan.",
   "Feedback werkt het best als leerlingen er direct iets mee kunnen doen.",
   "Met peerfeedback leren leerlingen elkaars werk kritisch te bekijken."],
  ["formative assessment", "feedback", "learning objectives", "success criteria"],
  ["Formative assessment starts with making learning objectives and success criteria visible."],
  ["Formatief evalueren: klein beginnen", "Feedback die leerlingen verder helpt"],
  un=["AfL", "assessment for learning"], rel=["toetsbeleid", "differentiatie"])

T("differentiatie", "differentiëren", "edu", "differentiation",
  ["differentiëren", "differentiatie", "instructie op maat", "niveaugroepen", "convergente differentiatie",
   "verlengde instructie", "het directe instructiemodel", "maatwerk in de les", "heterogene klassen"],
  ["differentiëren", "differentiatie", "maatwerk"],
  ["Bij convergente differentiatie werkt de hele klas aan dezelfde doelen, met verlengde instructie voor wie dat nodig heeft.",
   "Het directe instructiemodel helpt om instructie op maat te geven.",
   "In heterogene klassen is differentiëren geen luxe maar noodzaak.",
   "Werken met niveaugroepen vraagt om een goede organisatie van de les."],
  ["differentiation", "differentiated instruction", "mixed-ability classes"],
  ["In mixed-ability classes, differentiated instruction is a necessity rather than a luxury."],
  ["Differentiëren zonder extra werk", "Instructie op maat in heterogene klassen"],
  un=["gepersonaliseerd leren"], rel=["hoogbegaafdheid", "formatief-evalueren"])

T("digitale-geletterdheid", "digitale geletterdheid", "edu", "digital literacy",
  ["digitale geletterdheid", "mediawijsheid", "computational thinking", "informatievaardigheden",
   "ICT-basisvaardigheden", "nepnieuws", "online veiligheid", "digitale vaardigheden"],
  ["digitale geletterdheid", "mediawijsheid"],
  ["Digitale geletterdheid bestaat uit vier onderdelen: ICT-basisvaardigheden, informatievaardigheden, mediawijsheid en computational thinking.",
   "In de mentorles besteden we aandacht aan nepnieuws en online veiligheid.",
   "De mediacoach ondersteunt docenten bij lessen over mediawijsheid."],
  ["digital literacy", "media literacy", "fake news", "online safety"],
  ["Digital literacy covers basic ICT skills, information skills, media literacy and computational thinking."],
  ["Mediawijsheid in de mentorles", "Digitale geletterdheid in elk vak"],
  rel=["ai-in-onderwijs", "mentoraat"])

T("elo-leerlingvolgsysteem", "ELO en leerlingvolgsysteem", "edu", "learning platform and student information system",
  ["Magister", "Somtoday", "de ELO", "de elektronische leeromgeving", "het leerlingvolgsysteem",
   "de cijferregistratie", "het ouderportaal", "de studiewijzer", "itslearning", "de huiswerkregistratie"],
  ["Magister", "Somtoday", "ELO", "leerlingvolgsysteem"],
  ["Cijfers worden binnen tien werkdagen in Magister ingevoerd.",
   "In Somtoday kunnen ouders via het ouderportaal de cijfers en het huiswerk van hun kind volgen.",
   "De studiewijzers staan in de ELO, zodat leerlingen altijd weten wat ze moeten doen.",
   "Het leerlingvolgsysteem is de plek waar we notities over leerlingen vastleggen."],
  ["the learning platform", "Magister", "Somtoday", "the student information system"],
  ["Marks must be entered in Magister within ten working days."],
  ["Handig werken met Magister", "Somtoday: tips voor mentoren"],
  rel=["leerlingadministratie", "microsoft-365"], dept="ICT")

T("mentoraat", "mentoraat", "edu", "mentoring",
  ["het mentoraat", "de mentorles", "mentorgesprekken", "het driehoeksgesprek", "het mentoruur",
   "studievaardigheden", "groepsvorming", "de kennismakingsweek"],
  ["mentoraat", "mentorgesprekken"],
  ["In de eerste weken van het schooljaar ligt de nadruk in de mentorles op groepsvorming.",
   "Een goed driehoeksgesprek tussen leerling, ouder en mentor begint met de vraag van de leerling.",
   "Mentoren voeren minstens twee keer per jaar een individueel mentorgesprek met elke leerling.",
   "In het mentoruur oefenen brugklassers met plannen en andere studievaardigheden."],
  ["mentoring", "tutor groups", "mentor conversations"],
  ["Mentors hold at least two one-to-one conversations with each student every year."],
  ["Het goede mentorgesprek", "Groepsvorming in de kennismakingsweek"],
  rel=["ouderbetrokkenheid", "leerlingbegeleiding"])

T("lob", "LOB (loopbaanoriëntatie en -begeleiding)", "edu", "career guidance",
  ["LOB", "loopbaanoriëntatie", "de profielkeuze", "de studiekeuze", "de sectorkeuze", "open dagen",
   "het decanaat", "beroepenoriëntatie", "de decaan", "het loopbaandossier"],
  ["LOB", "loopbaanoriëntatie", "profielkeuze", "decanaat"],
  ["In klas 3 helpt de decaan leerlingen bij de profielkeuze.",
   "In het loopbaandossier houden leerlingen bij wat ze hebben gedaan aan loopbaanoriëntatie.",
   "We stimuleren leerlingen om open dagen en proefstudeerdagen in het hbo te bezoeken.",
   "LOB is meer dan een test: het gaat om gesprekken over wat een leerling wil en kan."],
  ["career guidance", "subject choice", "study choice", "open days"],
  ["In year 3 the careers counsellor helps students choose their subject profile."],
  ["LOB-gesprekken voeren als mentor", "Profielkeuze: hoe begeleid je leerlingen?"],
  un=["beroepskeuze"], rel=["mentoraat", "stages-bpv"])

T("burgerschap", "burgerschap", "edu", "citizenship education",
  ["burgerschap", "burgerschapsonderwijs", "democratische waarden", "het debat in de klas",
   "de maatschappelijke stage", "de burgerschapsopdracht", "de leerlingenraad", "de basiswaarden van de democratie"],
  ["burgerschap", "burgerschapsonderwijs"],
  ["Sinds de aangescherpte burgerschapsopdracht werken scholen doelgericht aan de basiswaarden van de democratie.",
   "Een actieve leerlingenraad is een goede oefenplaats voor burgerschap.",
   "Met de maatschappelijke stage maken leerlingen kennis met vrijwilligerswerk.",
   "Een goed gesprek over gevoelige onderwerpen vraagt om duidelijke afspraken in de klas."],
  ["citizenship education", "democratic values", "classroom debate"],
  ["Citizenship education helps students practise democratic values in and outside the classroom."],
  ["Burgerschap: van losse projecten naar leerlijn", "Het gesprek over gevoelige onderwerpen"],
  un=["maatschappelijke vorming"], rel=["sociale-veiligheid"])

T("sociale-veiligheid", "sociale veiligheid en pesten", "edu", "social safety and bullying",
  ["sociale veiligheid", "het pestprotocol", "pesten", "de anti-pestcoördinator", "de veiligheidsmonitor",
   "de incidentenregistratie", "het schoolveiligheidsplan", "cyberpesten", "een veilige school"],
  ["sociale veiligheid", "pestprotocol", "pesten"],
  ["Elke school heeft een anti-pestcoördinator die aanspreekpunt is voor leerlingen en ouders.",
   "Met de jaarlijkse veiligheidsmonitor meten we hoe veilig leerlingen zich voelen.",
   "Incidenten worden vastgelegd in de incidentenregistratie, zodat we patronen herkennen.",
   "Het pestprotocol beschrijft stap voor stap wat we doen als er gepest wordt, ook bij cyberpesten."],
  ["social safety", "bullying", "anti-bullying policy", "a safe school"],
  ["The anti-bullying protocol describes step by step what we do when bullying occurs, including online."],
  ["Pesten aanpakken: het pestprotocol in de praktijk", "Cyberpesten herkennen en aanpakken"],
  un=["schoolklimaat"], rel=["integriteit-vertrouwenszaken", "burgerschap"])

T("ouderbetrokkenheid", "ouderbetrokkenheid", "edu", "parental involvement",
  ["ouderbetrokkenheid", "de ouderavond", "oudergesprekken", "de ouderraad", "het contact met ouders",
   "educatief partnerschap", "de klankbordgroep ouders", "moeilijke gesprekken met ouders"],
  ["ouderbetrokkenheid", "oudercontact"],
  ["Educatief partnerschap betekent dat school en ouders samen verantwoordelijk zijn voor de ontwikkeling van de leerling.",
   "Op de eerste ouderavond maken ouders kennis met de mentor.",
   "Moeilijke gesprekken met ouders bereid je het best voor met een collega.",
   "De klankbordgroep ouders denkt mee over het beleid van de school."],
  ["parental involvement", "parent evenings", "conversations with parents"],
  ["Difficult conversations with parents are best prepared together with a colleague."],
  ["Lastige oudergesprekken voeren", "Ouderbetrokkenheid in het vmbo"],
  rel=["mentoraat"])

T("nt2-nieuwkomers", "NT2 en nieuwkomers", "edu", "Dutch as a second language and newcomers",
  ["NT2", "nieuwkomers", "de ISK", "de internationale schakelklas", "Nederlands als tweede taal",
   "statushouders", "taalontwikkeling", "doorstroom vanuit de ISK", "het taalniveau", "alfabetisering"],
  ["NT2", "nieuwkomers", "ISK"],
  ["In de internationale schakelklas leren nieuwkomers in één tot twee jaar Nederlands als tweede taal.",
   "Bij de doorstroom vanuit de ISK kijken we naar het taalniveau en de talenten van de leerling.",
   "Veel nieuwkomers hebben naast taalonderwijs ook behoefte aan rust en structuur.",
   "Voor leerlingen die nog niet kunnen lezen en schrijven is er een alfabetiseringsgroep."],
  ["Dutch as a second language", "newcomer students", "the international transition class"],
  ["In the international transition class, newcomer students learn Dutch as a second language in one to two years."],
  ["Nieuwkomers in de reguliere klas", "Taalontwikkeling bij NT2-leerlingen"],
  un=["anderstaligen"], rel=["taalbeleid"])

T("tto", "tweetalig onderwijs (TTO)", "edu", "bilingual education",
  ["tweetalig onderwijs", "TTO", "Engelstalige lessen", "de Cambridge-examens", "het IB-diploma",
   "de TTO-afdeling", "de TTO-standaard", "doeltaal is voertaal"],
  ["TTO", "tweetalig onderwijs"],
  ["In het TTO krijgen leerlingen in de onderbouw minstens de helft van hun lessen in het Engels.",
   "Leerlingen in het TTO sluiten de onderbouw af met een Cambridge-examen.",
   "Voor TTO-docenten geldt: doeltaal is voertaal.",
   "De TTO-standaard beschrijft waar een school met een TTO-afdeling aan moet voldoen."],
  ["bilingual education", "TTO", "subjects taught in English", "Cambridge exams"],
  ["In our bilingual stream, at least half of the lessons in the lower years are taught in English.",
   "TTO teachers follow one simple rule: the target language is the language of instruction."],
  ["Lesgeven in het TTO: tips voor nieuwe docenten", "Taal- en vakdoelen combineren in het TTO"],
  un=["CLIL"], rel=["internationalisering", "vak-engels"])

T("leerlingverzuim", "leerlingverzuim", "edu", "student absence",
  ["leerlingverzuim", "de leerplichtambtenaar", "spijbelen", "de absentieregistratie", "te laat komen",
   "de verzuimmelding", "het verzuimloket van DUO", "het verzuimprotocol", "ongeoorloofd verzuim", "de leerplichtwet"],
  ["leerlingverzuim", "leerplicht", "absentie"],
  ["Bij zestien uur ongeoorloofd verzuim in vier weken meldt de school dit bij het verzuimloket van DUO.",
   "De leerplichtambtenaar nodigt leerling en ouders uit voor een gesprek.",
   "Structureel te laat komen wordt ook als verzuim gezien.",
   "Het verzuimprotocol beschrijft wanneer de mentor, de verzuimcoördinator en leerplicht in actie komen."],
  ["student absence", "truancy", "attendance registration"],
  ["After sixteen hours of unauthorised absence within four weeks, the school must report it to DUO."],
  ["Leerlingverzuim: eerder signaleren, minder thuiszitters", "Het verzuimprotocol toegelicht"],
  un=["schoolverzuim", "absenteïsme"], rel=["passend-onderwijs", "mentoraat"])

T("taalbeleid", "taalbeleid en leesbevordering", "edu", "language policy and reading",
  ["taalbeleid", "taalgericht vakonderwijs", "leesbevordering", "begrijpend lezen", "woordenschat",
   "het leesplan", "vrij lezen", "de schoolbibliotheek", "het leesoffensief"],
  ["taalbeleid", "leesbevordering", "taalgericht vakonderwijs"],
  ["Bij taalgericht vakonderwijs besteedt elke vakdocent aandacht aan vaktaal en woordenschat.",
   "Alle brugklassers lezen het eerste kwartier van de dag vrij in een boek.",
   "De schoolbibliotheek speelt een belangrijke rol in leesbevordering.",
   "Begrijpend lezen is niet alleen een taak van de sectie Nederlands."],
  ["language policy", "reading for pleasure", "language-aware subject teaching"],
  ["All first-year students start the day with fifteen minutes of free reading."],
  ["Leesbevordering in de onderbouw", "Taalgericht lesgeven in elk vak"],
  rel=["vak-nederlands", "nt2-nieuwkomers"])

T("rekenbeleid", "rekenbeleid", "edu", "numeracy",
  ["rekenbeleid", "rekenen", "rekenvaardigheid", "gecijferdheid", "het rekenprogramma",
   "rekenen in andere vakken", "rekenzwakke leerlingen", "dyscalculie"],
  ["rekenen", "rekenbeleid", "dyscalculie"],
  ["Met het rekenprogramma werken leerlingen op hun eigen niveau aan rekenvaardigheid.",
   "Rekenen komt ook in andere vakken voor, zoals aardrijkskunde en economie.",
   "Voor leerlingen met dyscalculie gelden vergelijkbare faciliteiten als bij dyslexie."],
  ["numeracy", "maths skills", "dyscalculia"],
  ["Numeracy is not only taught in maths lessons but also in geography and economics."],
  ["Rekenen in alle vakken", "Dyscalculie: signaleren en begeleiden"],
  rel=["vak-wiskunde", "dyslexie"])

T("onderwijsvernieuwing", "onderwijsvernieuwing", "edu", "educational innovation",
  ["onderwijsvernieuwing", "de onderwijsvisie", "curriculumontwikkeling", "leerlijnen", "een vernieuwingsproject",
   "de pilot", "het onderwijsconcept", "vakoverstijgend werken", "projectonderwijs", "flexibel onderwijs"],
  ["onderwijsvernieuwing", "curriculumontwikkeling", "onderwijsvisie"],
  ["Een vernieuwingsproject begint bij een gedeelde onderwijsvisie.",
   "In de pilot vakoverstijgend werken combineren aardrijkskunde, geschiedenis en biologie hun leerlijnen.",
   "Curriculumontwikkeling kost tijd: reken op minstens twee schooljaren.",
   "Bij flexibel onderwijs kiezen leerlingen een deel van hun uren zelf."],
  ["educational innovation", "curriculum development", "cross-curricular projects"],
  ["Curriculum development takes time: expect at least two school years."],
  ["Onderwijsvernieuwing die beklijft", "Van visie naar leerlijn"],
  un=["onderwijsinnovatie"], rel=["strategisch-beleid", "differentiatie"])

T("steam-techniek", "STEAM en techniek", "edu", "STEAM and engineering",
  ["STEAM", "techniek", "het technasium", "onderzoek en ontwerpen", "maakonderwijs", "robotica",
   "programmeren", "3D-printen", "de makerspace", "bètatechniek"],
  ["STEAM", "techniek", "technasium", "O&O"],
  ["Bij onderzoek en ontwerpen (O&O) werken leerlingen aan echte opdrachten van bedrijven.",
   "In de makerspace kunnen leerlingen aan de slag met 3D-printen, robotica en programmeren.",
   "Het technasium laat leerlingen ervaren hoe bètatechniek in de praktijk werkt.",
   "Maakonderwijs helpt leerlingen om hun ideeën om te zetten in prototypes."],
  ["STEAM", "engineering", "robotics", "the makerspace"],
  ["In the makerspace, students work with 3D printers, robotics and programming."],
  ["Aan de slag in de makerspace", "Robotica in de onderbouw"],
  rel=["vak-natuurkunde", "vak-informatica"])

T("kunst-cultuur", "kunst en cultuur", "edu", "arts and culture",
  ["cultuureducatie", "de kunstvakken", "CKV", "de cultuurprofielschool", "museumbezoek",
   "de theatervoorstelling", "het schoolconcert", "de cultuurcoördinator", "het cultuurprogramma"],
  ["cultuureducatie", "kunst", "CKV"],
  ["Als cultuurprofielschool bieden we alle leerlingen een breed cultuurprogramma.",
   "Bij CKV bezoeken leerlingen minstens vier culturele activiteiten per jaar.",
   "De cultuurcoördinator stemt museumbezoek en theatervoorstellingen af met de secties.",
   "Het schoolconcert is elk jaar een hoogtepunt voor leerlingen en ouders."],
  ["arts education", "cultural education", "museum visits"],
  ["As an arts-profile school we offer every student a broad cultural programme."],
  ["Cultuureducatie met een plan", "Kunst in elk vak"])

T("sport-bewegen", "sport en bewegen", "edu", "sport and physical activity",
  ["bewegingsonderwijs", "de Gezonde School", "de sportdag", "LO2", "de sportklas", "buitensport",
   "sporttalenten", "het beweegbeleid", "bewegend leren"],
  ["sport", "bewegen", "gezonde school", "LO"],
  ["Leerlingen in de sportklas krijgen vier extra uren sport per week.",
   "Met het vignet Gezonde School laten we zien dat we werken aan gezondheid en bewegen.",
   "Bewegend leren maakt de les actiever en helpt leerlingen zich te concentreren.",
   "Voor LO2 in de bovenbouw werken we samen met lokale sportverenigingen."],
  ["physical education", "sport and exercise", "healthy school"],
  ["Students in the sports class get four extra hours of sport every week."],
  ["Bewegend leren in de theorieles", "Sport als talent: de sportklas"])

T("duurzaamheidsonderwijs", "duurzaamheid in het onderwijs", "edu", "sustainability education",
  ["duurzaamheidseducatie", "klimaatonderwijs", "de groene school", "de duurzaamheidswerkgroep",
   "het vergroenen van het schoolplein", "afvalscheiding", "de SDG's", "natuureducatie"],
  ["duurzaamheid", "klimaatonderwijs", "groene school"],
  ["De duurzaamheidswerkgroep van leerlingen organiseert elk jaar een week rond de SDG's.",
   "Door het schoolplein te vergroenen ontstaat ook een buitenlokaal voor biologie.",
   "Klimaatonderwijs gaat niet alleen over kennis, maar ook over handelingsperspectief.",
   "Afvalscheiding in de kantine is een project van de leerlingenraad."],
  ["sustainability education", "climate education", "the SDGs"],
  ["Climate education is not only about knowledge but also about what students can do themselves."],
  ["Klimaatonderwijs zonder doemdenken", "Een groen schoolplein als buitenlokaal"],
  rel=["duurzame-gebouwen", "vak-aardrijkskunde"])

T("internationalisering", "internationalisering", "edu", "internationalisation",
  ["internationalisering", "Erasmus+", "uitwisseling", "de buitenlandreis", "eTwinning",
   "internationale projecten", "de Erasmus+-subsidie", "partnerscholen", "global citizenship"],
  ["internationalisering", "Erasmus+", "uitwisseling"],
  ["Met een Erasmus+-subsidie kunnen leerlingen en docenten een uitwisseling met partnerscholen in Europa maken.",
   "Via eTwinning werken klassen online samen met scholen in andere landen.",
   "Een buitenlandreis vraagt om goede afspraken over begeleiding en verzekering.",
   "Internationale projecten passen goed bij global citizenship in het curriculum."],
  ["internationalisation", "Erasmus+", "student exchange", "partner schools"],
  ["With an Erasmus+ grant, students and teachers can take part in exchanges with partner schools across Europe."],
  ["Erasmus+: zo vraag je het aan", "Uitwisseling organiseren zonder stress"],
  rel=["tto", "subsidies"])

T("stages-bpv", "stages en beroepspraktijkvorming", "edu", "work placements",
  ["de stage", "beroepspraktijkvorming", "de BPV", "stagebedrijven", "de stagecoördinator",
   "werkplekleren", "het stageboekje", "de stagebeoordeling", "de snuffelstage", "leerbedrijven"],
  ["stage", "BPV", "werkplekleren"],
  ["De stagecoördinator onderhoudt de contacten met stagebedrijven en leerbedrijven in de regio.",
   "In het stageboekje houden leerlingen bij wat ze tijdens hun stage hebben geleerd.",
   "Tweedejaars vmbo-leerlingen lopen een snuffelstage van een week.",
   "Bij werkplekleren is een goede begeleiding vanuit school en bedrijf essentieel."],
  ["work placements", "internships", "workplace learning"],
  ["Second-year vmbo students do a one-week taster placement."],
  ["Stagebegeleiding in het vmbo", "Samenwerken met leerbedrijven"],
  rel=["lob"])

T("klassenmanagement", "klassenmanagement", "edu", "classroom management",
  ["klassenmanagement", "orde houden", "gedragsproblemen", "de time-out", "PBS (positive behaviour support)",
   "groepsdynamiek", "regels en routines", "de eerste lessen", "het gedragsprotocol"],
  ["klassenmanagement", "orde", "PBS"],
  ["Duidelijke regels en routines in de eerste lessen voorkomen veel gedragsproblemen.",
   "Bij PBS belonen we gewenst gedrag in plaats van alleen ongewenst gedrag te bestraffen.",
   "Een time-out is bedoeld als adempauze, niet als straf.",
   "Groepsdynamiek verklaart vaak waarom een klas als moeilijk wordt ervaren."],
  ["classroom management", "behaviour management", "classroom routines"],
  ["Clear rules and routines in the first lessons prevent many behaviour problems."],
  ["Klassenmanagement voor startende docenten", "Werken met PBS"],
  un=["ordeproblemen"], rel=["startende-docenten", "sociale-veiligheid"])

T("welzijn-leerlingen", "welzijn van leerlingen", "edu", "student wellbeing",
  ["mentaal welzijn", "faalangst", "prestatiedruk", "stress bij leerlingen", "de faalangstreductietraining",
   "weerbaarheid", "de schoolmaatschappelijk werker", "somberheid", "welbevinden"],
  ["welzijn", "faalangst", "prestatiedruk"],
  ["De faalangstreductietraining bestaat uit zes bijeenkomsten in kleine groepjes.",
   "Prestatiedruk en stress bij leerlingen nemen toe, vooral in de examenklassen.",
   "De schoolmaatschappelijk werker is laagdrempelig bereikbaar voor leerlingen die ergens mee zitten.",
   "Aandacht voor welbevinden begint bij een goede relatie tussen mentor en leerling."],
  ["student wellbeing", "performance anxiety", "resilience"],
  ["Performance pressure and stress among students are increasing, especially in exam classes."],
  ["Prestatiedruk: wat kun je als docent doen?", "Faalangst herkennen in de klas"],
  un=["psychische klachten"], rel=["leerlingbegeleiding", "mentoraat"])

T("ai-in-onderwijs", "AI in het onderwijs", "edu", "AI in education",
  ["AI", "ChatGPT", "generatieve AI", "kunstmatige intelligentie", "het AI-beleid", "AI-geletterdheid",
   "fraude met AI", "prompten", "AI-tools"],
  ["AI", "ChatGPT", "kunstmatige intelligentie"],
  ["Het AI-beleid beschrijft wanneer leerlingen generatieve AI zoals ChatGPT wel en niet mogen gebruiken.",
   "Bij schrijfopdrachten bouwen we tussenmomenten in om fraude met AI te voorkomen.",
   "AI-geletterdheid hoort bij digitale geletterdheid: leerlingen moeten begrijpen hoe AI-tools werken.",
   "Docenten kunnen AI inzetten bij het maken van oefenmateriaal, maar blijven zelf verantwoordelijk."],
  ["artificial intelligence", "generative AI", "ChatGPT", "AI policy"],
  ["Our AI policy describes when students may and may not use generative AI such as ChatGPT."],
  ["ChatGPT in de klas: kansen en risico's", "Toetsen in tijden van generatieve AI"],
  un=["machine learning"], rel=["digitale-geletterdheid", "toetsbeleid"], since=2023)

T("startende-docenten", "begeleiding van startende docenten", "edu", "coaching new teachers",
  ["startende docenten", "de inductiefase", "het begeleidingstraject", "de schoolopleider", "beeldcoaching",
   "de werkplekbegeleider", "de opleidingsschool", "lesbezoek", "intervisie voor starters"],
  ["startende docenten", "coaching", "inductie", "schoolopleider"],
  ["Startende docenten volgen in hun eerste drie jaar een begeleidingstraject met een vaste coach.",
   "Met beeldcoaching kijken starter en coach samen naar opnames van een les.",
   "Als opleidingsschool begeleiden we ook studenten van de lerarenopleiding.",
   "Na elk lesbezoek volgt een kort nagesprek met concrete tips."],
  ["new teachers", "teacher induction", "coaching", "teacher mentoring"],
  ["New teachers follow a three-year induction programme with a personal coach."],
  ["Beeldcoaching voor starters", "Het eerste jaar overleven (en leuk vinden)"],
  rel=["klassenmanagement", "zij-instroom"])

T("zij-instroom", "lerarentekort en zij-instroom", "edu", "teacher shortage and career changers",
  ["zij-instromers", "het lerarentekort", "het zij-instroomtraject", "de bevoegdheid", "de lerarenopleiding",
   "de PDG-opleiding", "onbevoegd lesgeven", "het geschiktheidsonderzoek"],
  ["zij-instroom", "lerarentekort", "bevoegdheid"],
  ["Zij-instromers starten met een geschiktheidsonderzoek en halen binnen twee jaar hun bevoegdheid.",
   "Het lerarentekort raakt vooral de vakken wiskunde, Duits en natuurkunde.",
   "Via de PDG-opleiding kunnen academici een eerstegraads bevoegdheid halen.",
   "Onbevoegd lesgeven is alleen toegestaan als er een opleidingsplan is."],
  ["teacher shortage", "career changers", "teaching qualification"],
  ["Career changers start with an aptitude assessment and obtain their teaching qualification within two years."],
  ["Zij-instroom: van vakmens naar docent", "Het lerarentekort: creatieve oplossingen"],
  rel=["werving-selectie", "startende-docenten"])

T("professionalisering", "professionalisering", "edu", "professional development",
  ["professionalisering", "het scholingsbudget", "de professionele leergemeenschap", "intervisie",
   "de studiedag", "het scholingsaanbod", "de academie", "het lerarenregister"],
  ["professionalisering", "scholing", "intervisie"],
  ["Elke medewerker heeft recht op een persoonlijk scholingsbudget volgens de cao.",
   "In een professionele leergemeenschap onderzoeken docenten samen een vraag uit hun eigen praktijk.",
   "Het scholingsaanbod van de academie staat op het intranet.",
   "Intervisie helpt om van elkaars ervaringen te leren."],
  ["professional development", "training budget", "professional learning community"],
  ["In a professional learning community, teachers investigate a question from their own practice together."],
  ["Intervisie: zo doe je dat", "Werken in een professionele leergemeenschap"],
  rel=["startende-docenten", "gesprekkencyclus"], dept="P&O")

T("kwaliteitszorg", "kwaliteitszorg", "edu", "quality assurance",
  ["kwaliteitszorg", "de inspectie", "de zelfevaluatie", "Scholen op de kaart", "het tevredenheidsonderzoek",
   "de PDCA-cyclus", "de kwaliteitskalender", "het inspectiebezoek", "de interne audit"],
  ["kwaliteitszorg", "inspectie", "zelfevaluatie"],
  ["Met de kwaliteitskalender plannen we wanneer welke evaluaties en tevredenheidsonderzoeken plaatsvinden.",
   "Voor het inspectiebezoek schrijft de school een zelfevaluatie.",
   "Op Scholen op de kaart staan de opbrengsten en de resultaten van het tevredenheidsonderzoek.",
   "Een interne audit helpt om de PDCA-cyclus echt rond te maken."],
  ["quality assurance", "the inspectorate", "self-evaluation"],
  ["Before the inspection visit, the school writes a self-evaluation."],
  ["Voorbereiden op het inspectiebezoek", "De PDCA-cyclus rondmaken"],
  rel=["datagedreven-werken", "strategisch-beleid"])

T("toelating-aanmelding", "aanmelding en toelating", "edu", "admissions",
  ["de aanmelding", "het toelatingsbeleid", "de loting", "de plaatsing", "de warme overdracht",
   "het basisschooladvies", "de doorstroomtoets", "de open dag", "de aanmeldprocedure"],
  ["aanmelding", "toelating", "warme overdracht"],
  ["Bij de warme overdracht spreken we met de leerkracht van groep 8 over elke nieuwe leerling.",
   "Het basisschooladvies is leidend bij de plaatsing in de brugklas.",
   "Als er meer aanmeldingen zijn dan plaatsen, vindt er een loting plaats.",
   "Na de doorstroomtoets kan het basisschooladvies nog naar boven worden bijgesteld."],
  ["admissions", "enrolment", "the transition from primary school"],
  ["The primary school's recommendation is leading when placing students in the first year."],
  ["De warme overdracht van po naar vo", "Aanmelden en toelaten: de regels"],
  rel=["leerlingadministratie", "communicatie"])

T("leerlingadministratie", "leerlingadministratie", "edu", "student records",
  ["de leerlingadministratie", "BRON", "DUO", "in- en uitschrijvingen", "het leerlingdossier",
   "het onderwijsnummer", "de teldatum", "het uitschrijfbewijs"],
  ["leerlingadministratie", "BRON", "DUO"],
  ["Alle in- en uitschrijvingen worden via BRON aan DUO doorgegeven.",
   "Op de teldatum van 1 oktober moet de leerlingadministratie volledig kloppen.",
   "Het leerlingdossier wordt na uitschrijving nog een aantal jaren bewaard.",
   "Bij een overstap naar een andere school stellen we een uitschrijfbewijs op."],
  ["student records", "enrolment administration"],
  ["All enrolments and de-registrations are passed on to DUO through BRON."],
  ["Leerlingadministratie: de teldatum van 1 oktober", "BRON zonder fouten"],
  rel=["elo-leerlingvolgsysteem", "toelating-aanmelding"])

T("leermiddelen", "leermiddelen", "edu", "teaching materials",
  ["leermiddelen", "de lesmethode", "digitale leermiddelen", "de boekenlijst", "de methodekeuze",
   "het leermiddelenbeleid", "licenties", "open leermateriaal"],
  ["leermiddelen", "lesmethode"],
  ["De methodekeuze is een besluit van de sectie, in overleg met de teamleider.",
   "De boekenlijst moet uiterlijk in juni bij de leverancier liggen.",
   "Digitale leermiddelen vragen om goede afspraken over licenties.",
   "Open leermateriaal kan een goed alternatief zijn voor een dure lesmethode."],
  ["teaching materials", "textbooks", "digital learning resources"],
  ["Open educational resources can be a good alternative to an expensive textbook series."],
  ["Kiezen voor een nieuwe lesmethode", "Open leermateriaal maken en delen"],
  rel=["inkoop-aanbesteding"])

T("datagedreven-werken", "datagedreven werken", "edu", "data-informed work",
  ["datagedreven werken", "onderwijsdata", "het dashboard", "Power BI", "de analyse van resultaten",
   "doorstroomcijfers", "de opbrengsten", "de managementrapportage"],
  ["data", "datagedreven werken", "Power BI"],
  ["In het dashboard zien teamleiders per klas de doorstroomcijfers en de resultaten.",
   "Met Power BI combineren we gegevens uit Magister met de resultaten van de centrale examens.",
   "Datagedreven werken begint met een goede vraag, niet met de data.",
   "De analyse van resultaten bespreken we jaarlijks met elke sectie."],
  ["data-informed decision making", "dashboards", "Power BI"],
  ["Data-informed work starts with a good question, not with the data."],
  ["Werken met het onderwijsdashboard", "Van cijfers naar verbeteracties"],
  rel=["kwaliteitszorg"], dept="ICT")

T("strategisch-beleid", "strategisch beleid en schoolplan", "edu", "strategy and school plans",
  ["het schoolplan", "het koersplan", "het strategisch beleid", "de jaarplannen", "de meerjarenkoers",
   "de kernwaarden", "het bestuursverslag", "verandermanagement"],
  ["strategie", "schoolplan", "koersplan"],
  ["Het koersplan van de stichting geeft richting aan de schoolplannen van alle scholen.",
   "Elke school vertaalt het schoolplan naar concrete jaarplannen.",
   "Verandermanagement vraagt om geduld en om het meenemen van alle teams.",
   "In het bestuursverslag leggen we verantwoording af over het afgelopen jaar."],
  ["strategic policy", "the school plan", "change management"],
  ["Each school translates its school plan into concrete annual plans."],
  ["Van koersplan naar jaarplan", "Veranderen in een school: wat werkt?"],
  rel=["kwaliteitszorg", "onderwijsvernieuwing"])

# ---- organisation: staff, money, buildings, ICT, legal, communication ----
T("informatiebeveiliging", "informatiebeveiliging", "org", "information security",
  ["informatiebeveiliging", "het informatiebeveiligingsbeleid", "phishing", "wachtwoorden",
   "tweestapsverificatie", "beveiligingsincidenten", "het IBP-beleid", "de back-up", "toegangsrechten",
   "de securityaudit", "het normenkader IBP"],
  ["informatiebeveiliging", "IBP", "phishing", "security"],
  ["Tweestapsverificatie is verplicht voor alle accounts met toegang tot leerlinggegevens.",
   "Meld een verdachte phishingmail altijd bij de servicedesk en klik niet op links.",
   "In het informatiebeveiligingsbeleid staat wie toegangsrechten mag toekennen.",
   "Beveiligingsincidenten worden binnen een uur doorgegeven aan de security officer.",
   "Het normenkader IBP van Kennisnet is de basis voor onze jaarlijkse securityaudit."],
  ["information security", "phishing", "two-factor authentication", "security incidents", "the security policy"],
  ["Two-factor authentication is mandatory for all accounts with access to student data.",
   "Report suspicious phishing emails to the service desk and never click on links."],
  ["Phishing herkennen: doe de test", "Informatiebeveiliging voor schoolleiders"],
  un=["cybersecurity", "cyberveiligheid"], rel=["avg-privacy", "ict-beheer"], dept="ICT")

T("avg-privacy", "AVG en privacy", "org", "data protection (AVG/GDPR)",
  ["de AVG", "privacy", "persoonsgegevens", "het verwerkingsregister", "een datalek",
   "de verwerkersovereenkomst", "de privacyverklaring", "toestemming voor beeldmateriaal", "de DPIA",
   "het privacyreglement"],
  ["AVG", "privacy", "persoonsgegevens", "datalek"],
  ["Elke school houdt een verwerkingsregister bij waarin staat welke persoonsgegevens we verwerken en waarom.",
   "Een datalek moet binnen 72 uur worden gemeld bij de Autoriteit Persoonsgegevens.",
   "Voor het plaatsen van foto's van leerlingen vragen we jaarlijks toestemming voor beeldmateriaal.",
   "Met elke leverancier die persoonsgegevens verwerkt, sluiten we een verwerkersovereenkomst.",
   "Bij een nieuw systeem met gevoelige gegevens voeren we eerst een DPIA uit."],
  ["data protection", "personal data", "a data breach", "the GDPR", "privacy"],
  ["A data breach must be reported to the Dutch Data Protection Authority within 72 hours.",
   "We sign a data processing agreement with every supplier that handles personal data."],
  ["De AVG in de klas: wat mag wel en niet?", "Datalek: wat nu?"],
  un=["privacywetgeving", "privacywet"], rel=["informatiebeveiliging", "klachten-juridisch"], dept="Juridische Zaken")

T("roosteren", "roosteren", "org", "timetabling",
  ["het rooster", "het lesrooster", "Zermelo", "de roosterwijzigingen", "het roosterprogramma",
   "de jaarplanning", "het toetsrooster", "tussenuren", "het dagrooster"],
  ["roosteren", "Zermelo", "lesrooster"],
  ["Roosterwijzigingen zijn dagelijks vóór 7.30 uur zichtbaar in Zermelo en in de app.",
   "Bij het maken van het lesrooster proberen we tussenuren voor leerlingen te voorkomen.",
   "Wensen voor het rooster van volgend schooljaar kun je tot 1 april doorgeven aan de roostermaker.",
   "Het roosterprogramma koppelt het lesrooster automatisch aan Magister.",
   "Het toetsrooster voor de toetsweek wordt twee weken van tevoren gepubliceerd."],
  ["the timetable", "Zermelo", "timetable changes", "scheduling"],
  ["Timetable changes are published in Zermelo every morning before 7.30."],
  ["Zermelo voor gevorderden", "Een rooster zonder tussenuren: kan dat?"],
  rel=["formatieplanning", "elo-leerlingvolgsysteem"])

T("formatieplanning", "formatieplanning", "org", "staff planning",
  ["de formatie", "het formatieplan", "de formatieplanning", "fte", "de functiemix", "de lessentabel",
   "de formatiebegroting", "de bezetting", "de vacatureruimte"],
  ["formatie", "formatieplanning", "fte"],
  ["Het formatieplan laat zien hoeveel fte er per vak en per functie nodig is.",
   "De formatieplanning start in januari, zodat vacatures op tijd kunnen worden uitgezet.",
   "De lessentabel bepaalt voor een groot deel de benodigde formatie.",
   "Bij een dalend leerlingaantal neemt ook de beschikbare formatie af."],
  ["staff planning", "FTE", "the staffing plan"],
  ["The staffing plan shows how many FTE are needed per subject and per position."],
  ["Formatieplanning in vijf stappen", "Van lessentabel naar formatie"],
  rel=["roosteren", "begroting-financien"], dept="P&O")

T("werkverdeling", "werkverdeling en taakbeleid", "org", "workload allocation",
  ["het werkverdelingsplan", "het taakbeleid", "de normjaartaak", "taakuren", "de jaartaak",
   "lesgebonden en niet-lesgebonden taken", "de werkverdeling"],
  ["werkverdelingsplan", "taakbeleid", "normjaartaak"],
  ["Het werkverdelingsplan wordt elk jaar door het team opgesteld en heeft de instemming van de personeelsgeleding nodig.",
   "Een fulltime docent heeft een normjaartaak van 1659 uur.",
   "In de jaartaak staan naast lessen ook de niet-lesgebonden taken.",
   "Taakuren voor mentoraat en sectievoorzitterschap zijn per school vastgelegd."],
  ["workload allocation", "task policy", "annual workload"],
  ["A full-time teacher has a standard annual workload of 1659 hours."],
  ["Het werkverdelingsplan: zo maak je het samen", "Taakbeleid zonder gedoe"],
  rel=["medezeggenschap", "cao-arbeidsvoorwaarden"], dept="P&O")

T("ziekteverzuim", "ziekteverzuim", "org", "sickness absence",
  ["ziekteverzuim", "de verzuimbegeleiding", "re-integratie", "de bedrijfsarts", "de Wet verbetering poortwachter",
   "de ziekmelding", "het verzuimprotocol voor medewerkers", "de casemanager", "het plan van aanpak bij verzuim",
   "frequent verzuim"],
  ["ziekteverzuim", "verzuimbegeleiding", "re-integratie"],
  ["Een ziekmelding doe je vóór 7.30 uur telefonisch bij je leidinggevende.",
   "Binnen zes weken na de ziekmelding stelt de bedrijfsarts een probleemanalyse op.",
   "De Wet verbetering poortwachter beschrijft de stappen bij langdurig ziekteverzuim.",
   "Bij frequent verzuim voert de leidinggevende een verzuimgesprek."],
  ["sickness absence", "return to work", "the company doctor"],
  ["Within six weeks of reporting sick, the company doctor carries out a problem analysis."],
  ["Het verzuimgesprek voor leidinggevenden", "Re-integratie: wie doet wat?"],
  un=["arbeidsongeschiktheid"], rel=["duurzame-inzetbaarheid"], dept="P&O")

T("duurzame-inzetbaarheid", "duurzame inzetbaarheid", "org", "sustainable employability",
  ["duurzame inzetbaarheid", "werkdruk", "vitaliteit", "levensfasebewust personeelsbeleid",
   "de generatiepact-regeling", "het seniorenverlof", "het budget duurzame inzetbaarheid",
   "loopbaanbegeleiding voor medewerkers", "werkgeluk"],
  ["duurzame inzetbaarheid", "werkdruk", "vitaliteit"],
  ["Elke medewerker heeft volgens de cao een budget duurzame inzetbaarheid van 40 uur per jaar.",
   "Met de generatiepact-regeling kunnen oudere medewerkers minder werken met behoud van pensioenopbouw.",
   "Werkdruk bespreek je het best eerst met je leidinggevende.",
   "Het vitaliteitsprogramma bestaat uit workshops over slaap, beweging en ontspanning."],
  ["sustainable employability", "workload", "wellbeing at work"],
  ["Every employee has a sustainable employability budget of 40 hours a year."],
  ["Werkdruk: wat kun je zelf doen?", "Vitaal aan het werk tot je pensioen"],
  rel=["ziekteverzuim", "cao-arbeidsvoorwaarden"], dept="P&O")

T("werving-selectie", "werving en selectie", "org", "recruitment",
  ["werving", "de vacatures", "de sollicitatieprocedure", "de selectiecommissie", "arbeidsmarktcommunicatie",
   "onboarding", "de vacaturetekst", "het werkenbij-platform", "de proefles"],
  ["werving", "selectie", "vacatures", "onboarding"],
  ["Alle vacatures van de stichting staan op het werkenbij-platform.",
   "Een sollicitatieprocedure voor docenten bestaat uit twee gesprekken en een proefles.",
   "Goede onboarding zorgt ervoor dat nieuwe collega's langer blijven.",
   "In de selectiecommissie zit altijd een lid van de personeelsgeleding."],
  ["recruitment", "vacancies", "onboarding"],
  ["Good onboarding helps new colleagues to stay longer."],
  ["Een vacaturetekst die werkt", "Onboarding van nieuwe collega's"],
  rel=["zij-instroom", "communicatie"], dept="P&O")

T("cao-arbeidsvoorwaarden", "cao en arbeidsvoorwaarden", "org", "collective agreement and terms of employment",
  ["de cao vo", "arbeidsvoorwaarden", "de functiebouw", "functiewaardering", "de salarisschalen",
   "de LB-, LC- en LD-functies", "het verlofreglement", "het bindingsbudget"],
  ["cao", "arbeidsvoorwaarden", "functiebouw"],
  ["De cao vo regelt onder meer salaris, verlof en werktijden van alle medewerkers.",
   "Met de functiebouw leggen we vast welke functies er op school zijn en in welke salarisschaal ze vallen.",
   "Doorgroeien van een LB- naar een LC-functie kan via een interne vacature.",
   "Het verlofreglement beschrijft onder meer ouderschapsverlof en buitengewoon verlof."],
  ["the collective labour agreement", "terms of employment", "salary scales"],
  ["The collective labour agreement covers salaries, leave and working hours for all staff."],
  ["De cao vo in een notendop", "Functiebouw: LB, LC en LD uitgelegd"],
  un=["rechtspositie"], rel=["salarisadministratie", "werkverdeling"], dept="P&O")

T("gesprekkencyclus", "gesprekkencyclus", "org", "appraisal cycle",
  ["de gesprekkencyclus", "het functioneringsgesprek", "het beoordelingsgesprek", "het ontwikkelgesprek",
   "het bekwaamheidsdossier", "het persoonlijk ontwikkelplan", "de POP", "360-gradenfeedback"],
  ["gesprekkencyclus", "functioneringsgesprek", "POP"],
  ["De gesprekkencyclus bestaat uit een ontwikkelgesprek, een functioneringsgesprek en eens in de drie jaar een beoordelingsgesprek.",
   "In het bekwaamheidsdossier houdt elke docent bij hoe hij of zij bekwaam blijft.",
   "Het persoonlijk ontwikkelplan is het startpunt van het ontwikkelgesprek.",
   "Met 360-gradenfeedback haal je input op bij collega's en leerlingen."],
  ["the appraisal cycle", "performance reviews", "personal development plans"],
  ["The personal development plan is the starting point of the development conversation."],
  ["Het goede functioneringsgesprek", "Werken met een bekwaamheidsdossier"],
  rel=["professionalisering"], dept="P&O")

T("salarisadministratie", "salarisadministratie", "org", "salary administration",
  ["de salarisadministratie", "de loonstrook", "de salarisstrook", "salarismutaties", "de loonheffing",
   "het ABP-pensioen", "de reiskostenvergoeding", "de jaaropgaaf", "de salarisverwerking",
   "de eindejaarsuitkering"],
  ["salarisadministratie", "salaris", "loonstrook"],
  ["Salarismutaties die vóór de tiende van de maand binnen zijn, worden in dezelfde maand verwerkt.",
   "Je salarisstrook en je jaaropgaaf vind je in het personeelsportaal.",
   "De reiskostenvergoeding wordt maandelijks met het salaris uitbetaald.",
   "Vragen over je ABP-pensioen kun je stellen aan de salarisadministratie."],
  ["salary administration", "payslips", "salary processing"],
  ["Your payslip and annual statement can be found in the staff portal."],
  ["Je loonstrook lezen", "Pensioen bij het ABP: wat moet je weten?"],
  un=["loonadministratie", "payroll"], rel=["cao-arbeidsvoorwaarden"], dept="P&O")

T("begroting-financien", "begroting en financiën", "org", "budget and finance",
  ["de begroting", "de meerjarenbegroting", "de jaarrekening", "financiën", "de exploitatie",
   "de lumpsumbekostiging", "de kostenplaatsen", "de kwartaalrapportage", "het weerstandsvermogen",
   "de investeringsbegroting"],
  ["begroting", "financiën", "jaarrekening"],
  ["De begroting voor het volgende kalenderjaar wordt in december door de raad van toezicht goedgekeurd.",
   "De jaarrekening wordt vóór 1 juli gepubliceerd.",
   "Via de kwartaalrapportage zien schoolleiders hoe hun exploitatie zich ontwikkelt.",
   "Elke school heeft een eigen kostenplaats voor leermiddelen en activiteiten.",
   "Het weerstandsvermogen laat zien of de stichting financiële tegenvallers kan opvangen."],
  ["the budget", "the annual accounts", "finances", "financial reporting"],
  ["The budget for the next calendar year is approved by the supervisory board in December."],
  ["De begroting lezen voor niet-financials", "Grip op je schoolbudget"],
  un=["budgettering"], rel=["formatieplanning", "subsidies"], dept="Financiën")

T("subsidies", "subsidies", "org", "grants and subsidies",
  ["subsidies", "de subsidieaanvraag", "de NPO-gelden", "de werkdrukmiddelen", "de subsidieregeling",
   "de verantwoording van subsidies", "de aanvraag bij DUS-I"],
  ["subsidies", "subsidieaanvraag"],
  ["Voor een subsidieaanvraag bij DUS-I moet je vooraf een projectplan en een begroting opstellen.",
   "De verantwoording van subsidies gebeurt via de jaarrekening.",
   "De werkdrukmiddelen worden ingezet na instemming van het team.",
   "Een subsidieregeling heeft vaak een korte aanvraagperiode: houd de deadlines goed in de gaten."],
  ["grants", "grant applications", "funding"],
  ["A grant application usually requires a project plan and a budget in advance."],
  ["Subsidie aanvragen in zes stappen", "Subsidies verantwoorden zonder stress"],
  rel=["begroting-financien", "internationalisering"], dept="Financiën")

T("inkoop-aanbesteding", "inkoop en aanbesteding", "org", "purchasing",
  ["inkoop", "de aanbesteding", "de Europese aanbesteding", "de raamovereenkomst", "leveranciers",
   "het inkoopbeleid", "de inkoopkalender", "het contractbeheer", "de offerteaanvraag", "de drempelbedragen"],
  ["inkoop", "aanbesteding", "contractbeheer"],
  ["Boven de Europese drempelbedragen zijn we verplicht om Europees aan te besteden.",
   "Voor kopieerapparaten en schoonmaak hebben we een raamovereenkomst voor alle scholen.",
   "Vraag bij bestellingen boven de 10.000 euro altijd eerst advies aan de inkoper.",
   "In het contractbeheer houden we bij wanneer contracten met leveranciers aflopen."],
  ["purchasing", "suppliers", "framework agreements", "contract management"],
  ["Above the European thresholds we are required to run a European purchasing procedure."],
  ["Inkopen volgens de regels", "Aanbesteden zonder kopzorgen"],
  un=["tender", "procurement"], rel=["facilitaire-zaken", "leermiddelen"], dept="Financiën")

T("huisvesting-mjop", "huisvesting en MJOP", "org", "school buildings and maintenance",
  ["de huisvesting", "het MJOP", "het meerjarenonderhoudsplan", "het onderhoud", "de nieuwbouw",
   "de renovatie", "het integraal huisvestingsplan", "het bouwproject", "het IHP", "de schouw"],
  ["huisvesting", "MJOP", "onderhoud", "nieuwbouw"],
  ["Het meerjarenonderhoudsplan (MJOP) beschrijft welk onderhoud de komende tien jaar nodig is.",
   "Voor nieuwbouw en renovatie is de gemeente verantwoordelijk, volgens het integraal huisvestingsplan (IHP).",
   "Bij de jaarlijkse schouw lopen de conciërge en de adviseur huisvesting samen door het gebouw.",
   "Een bouwproject begint met een programma van eisen waarin ook de onderwijsvisie een plek krijgt."],
  ["school buildings", "the maintenance plan", "new construction", "renovation"],
  ["The long-term maintenance plan describes which maintenance is needed over the next ten years."],
  ["Het MJOP uitgelegd", "Van onderwijsvisie naar gebouw"],
  un=["gebouwbeheer"], rel=["duurzame-gebouwen", "facilitaire-zaken"], dept="Huisvesting & Facilitair")

T("duurzame-gebouwen", "duurzaamheid van gebouwen", "org", "sustainable buildings",
  ["verduurzaming", "zonnepanelen", "energiebesparing", "ventilatie", "het binnenklimaat", "CO2-meters",
   "het energielabel", "Frisse Scholen", "de warmtepomp", "het energieverbruik"],
  ["verduurzaming", "binnenklimaat", "energie"],
  ["Met CO2-meters in elk lokaal houden we het binnenklimaat in de gaten.",
   "Dit jaar krijgen drie scholen zonnepanelen en een warmtepomp.",
   "Het programma van eisen Frisse Scholen is de norm voor ventilatie en temperatuur.",
   "Door het energieverbruik per gebouw te monitoren vinden we snel besparingen."],
  ["sustainable buildings", "solar panels", "indoor climate", "energy saving"],
  ["CO2 meters in every classroom help us keep an eye on the indoor climate."],
  ["Een gezond binnenklimaat in het lokaal", "Verduurzaming van schoolgebouwen"],
  un=["energietransitie"], rel=["huisvesting-mjop"], dept="Huisvesting & Facilitair")

T("rie-arbo", "RI&E en arbobeleid", "org", "risk assessment and health and safety",
  ["de RI&E", "de risico-inventarisatie en -evaluatie", "het plan van aanpak", "de preventiemedewerker",
   "het arbobeleid", "arbeidsomstandigheden", "de werkplekinspectie", "de arbodienst",
   "veilig werken in het practicumlokaal"],
  ["RI&E", "arbo", "preventie"],
  ["Elke school voert eens in de vier jaar een risico-inventarisatie en -evaluatie (RI&E) uit.",
   "Uit de RI&E volgt een plan van aanpak met acties, eigenaren en deadlines.",
   "De preventiemedewerker voert samen met de conciërge een werkplekinspectie uit.",
   "Het arbobeleid beschrijft hoe we zorgen voor goede arbeidsomstandigheden."],
  ["risk assessment", "health and safety", "working conditions"],
  ["Every school carries out a risk assessment once every four years, followed by an action plan."],
  ["De RI&E: van verplichting naar verbetering", "Preventiemedewerker: je rol en taken"],
  un=["risicobeoordeling"], rel=["bhv"], dept="Huisvesting & Facilitair")

T("bhv", "BHV en ontruiming", "org", "emergency response",
  ["BHV", "de bedrijfshulpverlening", "de ontruimingsoefening", "het ontruimingsplan", "EHBO", "de AED",
   "het calamiteitenplan", "de BHV-herhalingscursus", "de verzamelplaats"],
  ["BHV", "EHBO", "ontruiming"],
  ["Twee keer per jaar houden we een ontruimingsoefening.",
   "Alle BHV'ers volgen jaarlijks een herhalingscursus.",
   "Bij een ontruiming verzamelt iedereen zich op de vaste verzamelplaats op het sportveld.",
   "De AED hangt bij de hoofdingang naast de conciërgeloge."],
  ["emergency response", "first aid", "evacuation drills"],
  ["We hold an evacuation drill twice a year."],
  ["BHV: wat als het echt gebeurt?", "Het ontruimingsplan oefenen"],
  un=["noodplan"], rel=["rie-arbo"], dept="Huisvesting & Facilitair")

T("facilitaire-zaken", "facilitaire zaken", "org", "facility services",
  ["de schoonmaak", "de catering", "de kantine", "het sleutelbeheer", "de lokaalreserveringen",
   "de printers en kopieerapparaten", "de postverwerking", "de facilitaire dienst", "het meubilair"],
  ["facilitair", "schoonmaak", "kantine"],
  ["Storingen aan printers en kopieerapparaten meld je via het facilitaire meldpunt.",
   "Lokaalreserveringen voor ouderavonden en examens lopen via de facilitaire dienst.",
   "Het sleutelbeheer is vanaf dit schooljaar gedigitaliseerd met een elektronische sleutelkast.",
   "De kantine biedt sinds dit jaar een gezonder assortiment."],
  ["facility services", "catering", "cleaning"],
  ["Faults with printers and copiers can be reported to the facilities help desk."],
  ["Facilitair meldpunt: hoe werkt het?", "Een gezonde schoolkantine"],
  rel=["inkoop-aanbesteding", "huisvesting-mjop"], dept="Huisvesting & Facilitair")

T("ict-beheer", "ICT-beheer en devices", "org", "IT support and devices",
  ["het netwerk", "de wifi", "Chromebooks", "devices", "laptops", "de servicedesk", "het accountbeheer",
   "de digiborden", "het devicebeleid", "de printomgeving"],
  ["ICT", "Chromebooks", "devices", "netwerk"],
  ["Leerlingen werken vanaf de brugklas met een Chromebook dat ze via school kunnen leasen.",
   "Een defect device lever je in bij de servicedesk; je krijgt meteen een leentoestel.",
   "Het wifi-netwerk is deze zomer op alle locaties vervangen.",
   "Nieuwe medewerkers krijgen hun account binnen twee werkdagen via het accountbeheer."],
  ["IT support", "devices", "Chromebooks", "the network"],
  ["Students use a Chromebook from their first year, which they can lease through the school."],
  ["Chromebooks in de klas: tips en trucs", "Wie regelt wat bij ICT?"],
  un=["apparaatbeheer"], rel=["microsoft-365", "informatiebeveiliging"], dept="ICT")

T("microsoft-365", "Microsoft 365 en samenwerken", "org", "Microsoft 365",
  ["Microsoft 365", "Teams", "SharePoint", "OneDrive", "Outlook", "de Teams-omgeving",
   "samenwerken in Teams", "bestanden delen"],
  ["Microsoft 365", "Teams", "SharePoint"],
  ["Bestanden met leerlinggegevens sla je op in SharePoint en niet op een usb-stick.",
   "Elke sectie heeft een eigen Teams-omgeving voor overleg en bestanden.",
   "Via OneDrive kun je bestanden delen met collega's van andere scholen.",
   "Het intranet draait op SharePoint en wordt beheerd door de afdeling ICT."],
  ["Microsoft 365", "Teams", "SharePoint", "file sharing"],
  ["Every department has its own Teams environment for meetings and files."],
  ["Slim samenwerken in Teams", "SharePoint voor sectievoorzitters"],
  rel=["ict-beheer"], dept="ICT")

T("communicatie", "communicatie en social media", "org", "communication and social media",
  ["communicatie", "social media", "Instagram", "LinkedIn", "de huisstijl", "het persbericht", "de website",
   "crisiscommunicatie", "de schoolgids", "de woordvoering"],
  ["communicatie", "social media", "huisstijl"],
  ["Bij een crisis loopt alle communicatie met de pers via de woordvoerder van de stichting.",
   "De huisstijl met logo's en sjablonen staat op het intranet.",
   "Op Instagram laten we zien wat er op school gebeurt; op LinkedIn richten we ons op nieuwe collega's.",
   "De schoolgids wordt jaarlijks vóór 1 augustus op de website gepubliceerd."],
  ["communications", "social media", "press releases", "the website"],
  ["During a crisis, all contact with the press goes through the foundation's spokesperson."],
  ["Social media voor scholen", "Crisiscommunicatie: de eerste 24 uur"],
  un=["sociale media"], rel=["toelating-aanmelding", "werving-selectie"], dept="Communicatie")

T("klachten-juridisch", "klachten en juridische zaken", "org", "complaints and legal affairs",
  ["de klachtenregeling", "de klachtencommissie", "de bezwaarprocedure", "juridisch advies",
   "de geschillencommissie", "aansprakelijkheid", "contracten", "schorsing en verwijdering"],
  ["juridisch", "klachten", "klachtenregeling"],
  ["Een klacht wordt eerst op school besproken; komt men er niet uit, dan volgt de klachtenregeling.",
   "Bij schorsing en verwijdering van een leerling gelden strikte termijnen.",
   "Vraag juridisch advies voordat je een contract met een externe partij tekent.",
   "De landelijke klachtencommissie doet een uitspraak, het bevoegd gezag neemt het besluit."],
  ["legal affairs", "the complaints procedure", "liability"],
  ["A complaint is first discussed at school; if that does not resolve it, the complaints procedure follows."],
  ["Klachten afhandelen: van gesprek tot commissie", "Schorsen en verwijderen: de regels"],
  rel=["medezeggenschap", "avg-privacy"], dept="Juridische Zaken")

T("medezeggenschap", "medezeggenschap (MR/GMR)", "org", "participation councils",
  ["de MR", "de medezeggenschapsraad", "de GMR", "het instemmingsrecht", "het adviesrecht",
   "het medezeggenschapsstatuut", "de WMS", "de personeelsgeleding", "de oudergeleding"],
  ["MR", "GMR", "medezeggenschap"],
  ["Voor een wijziging van het schoolplan heeft de schoolleiding de instemming van de MR nodig.",
   "De GMR praat mee over onderwerpen die alle scholen van de stichting aangaan.",
   "In het medezeggenschapsstatuut staan de rechten van de medezeggenschapsraad.",
   "Volgens de WMS heeft de personeelsgeleding instemmingsrecht op het werkverdelingsplan."],
  ["the participation council", "staff and parent representation"],
  ["The school management needs the consent of the participation council to change the school plan."],
  ["De MR: wat mag en wat moet?", "Een goede relatie tussen MR en schoolleiding"],
  un=["inspraak"], rel=["werkverdeling", "klachten-juridisch"], dept="Juridische Zaken")

T("integriteit-vertrouwenszaken", "integriteit en vertrouwenszaken", "org", "integrity and confidential advice",
  ["de vertrouwenspersoon", "de integriteitscode", "de meldregeling", "de klokkenluidersregeling",
   "ongewenst gedrag", "grensoverschrijdend gedrag", "de gedragscode", "een vertrouwelijk gesprek"],
  ["vertrouwenspersoon", "integriteit", "ongewenst gedrag"],
  ["Bij ongewenst gedrag kun je altijd terecht bij de interne vertrouwenspersoon.",
   "De gedragscode beschrijft hoe we met elkaar en met leerlingen omgaan.",
   "Via de klokkenluidersregeling kun je vermoedens van misstanden veilig melden.",
   "Een gesprek met de vertrouwenspersoon is vertrouwelijk."],
  ["confidential advisers", "integrity", "the code of conduct"],
  ["If you experience undesirable behaviour, you can always talk to the confidential adviser."],
  ["Grensoverschrijdend gedrag: signaleren en bespreken", "De rol van de vertrouwenspersoon"],
  rel=["sociale-veiligheid", "klachten-juridisch"], dept="Juridische Zaken")


# ---- subject didactics (vakdidactiek), one topic per school subject ----
def V(vak, vak_label, en_subject, nl, tags, s, en, es):
    T("vak-" + vak, "vakdidactiek " + vak_label, "vak", "teaching " + en_subject,
      ["vakdidactiek " + vak_label] + nl, tags, s, en, es,
      ["Vakdidactiek %s: inspiratie voor de les" % vak_label,
       "Activerende werkvormen bij %s" % vak_label,
       "%s in de bovenbouw: wat werkt?" % cap(vak_label)])


V("nederlands", "Nederlands", "Dutch",
  ["leesvaardigheid", "schrijfvaardigheid", "literatuuronderwijs", "het leesdossier", "spelling",
   "argumenteren", "fictie in de klas", "het vak Nederlands"],
  ["Nederlands", "literatuur", "schrijfvaardigheid"],
  ["In het leesdossier verwerken leerlingen de boeken die ze voor het vak Nederlands lezen.",
   "Bij schrijfvaardigheid werken we met een vaste schrijfopdracht per periode.",
   "Literatuuronderwijs draait om het gesprek over fictie, niet alleen om kennis."],
  ["teaching Dutch", "literature education", "writing skills"],
  ["In their reading portfolio, students reflect on the books they read for Dutch."])
V("engels", "Engels", "English",
  ["de Engelse les", "spreekvaardigheid", "luistervaardigheid", "Engelse literatuur",
   "de mondelinge toets Engels", "vocabulaire", "het vak Engels"],
  ["Engels", "spreekvaardigheid"],
  ["In de Engelse les spreken we zoveel mogelijk Engels, ook in de onderbouw.",
   "Spreekvaardigheid oefenen we in kleine groepjes met korte opdrachten.",
   "Voor Engelse literatuur lezen leerlingen in de bovenbouw drie romans."],
  ["English language teaching", "speaking skills", "English literature", "the English department"],
  ["We use as much English as possible in class, also in the lower years.",
   "Speaking skills are practised in small groups with short tasks."])
V("frans", "Frans", "French",
  ["de Franse les", "het DELF-examen", "Franse grammatica", "de uitwisseling met Frankrijk",
   "woordjes leren", "het vak Frans"],
  ["Frans", "DELF"],
  ["Leerlingen kunnen in de bovenbouw het DELF-examen doen.",
   "Franse grammatica leren werkt beter in context dan met losse rijtjes.",
   "Het vak Frans organiseert een uitwisseling met een school in Lyon."],
  ["teaching French", "the DELF exam"],
  ["Students in the upper years can take the DELF exam."])
V("duits", "Duits", "German",
  ["de Duitse les", "het Goethe-Zertifikat", "Duitse grammatica", "de naamvallen", "het vak Duits",
   "de excursie naar Keulen"],
  ["Duits", "Goethe-Zertifikat"],
  ["Met het Goethe-Zertifikat laten leerlingen zien wat hun taalniveau Duits is.",
   "De naamvallen oefenen we met korte, speelse opdrachten.",
   "De excursie naar Keulen is voor veel leerlingen de eerste kennismaking met Duitsland."],
  ["teaching German", "German grammar"],
  ["The trip to Cologne is the first visit to Germany for many of our students."])
V("wiskunde", "wiskunde", "mathematics",
  ["wiskundeonderwijs", "algebra", "GeoGebra", "de grafische rekenmachine", "wiskunde D",
   "het examenprogramma wiskunde", "algebraïsche vaardigheden"],
  ["wiskunde", "GeoGebra", "wiskundedidactiek"],
  ["Met GeoGebra kunnen leerlingen zelf ontdekken hoe een grafiek verandert.",
   "Algebraïsche vaardigheden vragen om regelmatig en gespreid oefenen.",
   "Wiskunde D is een keuzevak voor leerlingen die verder willen in de bètarichting."],
  ["maths teaching", "algebra", "GeoGebra"],
  ["With GeoGebra, students can explore for themselves how a graph changes."])
V("natuurkunde", "natuurkunde", "physics",
  ["natuurkundeonderwijs", "practica", "NaSk", "experimenten", "metingen met Coach",
   "het natuurkundepracticum"],
  ["natuurkunde", "NaSk", "practicum"],
  ["In het natuurkundepracticum doen leerlingen metingen met Coach.",
   "Bij NaSk in het vmbo leren leerlingen door zelf experimenten uit te voeren.",
   "Een goed practicum begint met een onderzoeksvraag van de leerling."],
  ["physics teaching", "practical work", "experiments"],
  ["A good practical starts with a research question from the student."])
V("scheikunde", "scheikunde", "chemistry",
  ["scheikundeonderwijs", "chemie", "het scheikundepracticum", "molecuulmodellen",
   "de context-conceptbenadering", "reactievergelijkingen"],
  ["scheikunde", "chemie"],
  ["In het scheikundepracticum dragen leerlingen altijd een veiligheidsbril.",
   "Met molecuulmodellen worden reactievergelijkingen beter zichtbaar.",
   "De context-conceptbenadering verbindt chemie met het dagelijks leven."],
  ["chemistry teaching", "lab safety"],
  ["Molecular models make reaction equations easier to understand."])
V("biologie", "biologie", "biology",
  ["biologieonderwijs", "het biologiepracticum", "BiNaS", "ecologie", "microscopie", "het veldwerk",
   "de ontleedles"],
  ["biologie", "ecologie"],
  ["Bij het veldwerk onderzoeken leerlingen de ecologie van de sloot achter school.",
   "Microscopie is een vast onderdeel van het biologiepracticum in klas 2.",
   "Leerlingen leren BiNaS gebruiken als naslagwerk bij het eindexamen."],
  ["biology teaching", "fieldwork", "ecology"],
  ["During fieldwork, students study the ecology of the ditch behind the school."])
V("geschiedenis", "geschiedenis", "history",
  ["historisch denken", "bronnenonderzoek", "de tijdvakken", "historische contexten", "erfgoed",
   "het vak geschiedenis"],
  ["geschiedenis", "historisch denken"],
  ["Historisch denken leer je door te werken met bronnen uit de tijd zelf.",
   "De tien tijdvakken vormen de kapstok van het vak geschiedenis.",
   "Bij bronnenonderzoek leren leerlingen vragen te stellen over betrouwbaarheid."],
  ["history teaching", "historical thinking", "source analysis"],
  ["Historical thinking is learned by working with sources from the period itself."])
V("aardrijkskunde", "aardrijkskunde", "geography",
  ["aardrijkskundeonderwijs", "geografisch denken", "kaartvaardigheden", "de Bosatlas", "GIS",
   "klimaatverandering", "het vak aardrijkskunde"],
  ["aardrijkskunde", "GIS"],
  ["Met GIS leren leerlingen zelf kaarten maken en analyseren.",
   "Geografisch denken betekent: waarom is het hier zo, en hoe hangt het samen met elders?",
   "Kaartvaardigheden oefenen we met de Bosatlas en met digitale kaarten."],
  ["geography teaching", "GIS", "map skills"],
  ["With GIS, students learn to make and analyse their own maps."])
V("economie", "economie", "economics",
  ["economieonderwijs", "bedrijfseconomie", "ondernemerschap", "financiële educatie", "de geldlessen",
   "economisch denken", "het vak economie"],
  ["economie", "bedrijfseconomie", "financiële educatie"],
  ["Bij financiële educatie leren leerlingen omgaan met geld, lenen en sparen.",
   "Tijdens de Week van het geld geven we geldlessen in de onderbouw.",
   "Bij bedrijfseconomie starten leerlingen een eigen minionderneming."],
  ["economics teaching", "financial literacy", "entrepreneurship"],
  ["In financial literacy lessons, students learn about money, borrowing and saving."])
V("informatica", "informatica", "computer science",
  ["informatica-onderwijs", "Python", "algoritmen", "databases", "programmeeropdrachten",
   "het vak informatica"],
  ["informatica", "Python"],
  ["In de bovenbouw leren leerlingen programmeren in Python.",
   "Bij het vak informatica werken leerlingen in duo's aan programmeeropdrachten.",
   "Algoritmen en databases zijn vaste onderdelen van het examenprogramma informatica."],
  ["computer science teaching", "Python", "algorithms"],
  ["In the upper years, students learn to program in Python."])

TOPIC_BY_ID = {t["id"]: t for t in TOPICS}
TOPIC_INDEX = {t["id"]: i for i, t in enumerate(TOPICS)}

# --------------------------------------------------------------------------
# schools, places, names
# --------------------------------------------------------------------------
AREA_CODES = {
    "Amersfoort": "033", "Soest": "035", "Baarn": "035", "Bussum": "035", "Leusden": "033",
    "Nijkerk": "033", "Hoevelaken": "033", "Veenendaal": "0318", "Ede": "0318", "Wageningen": "0317",
    "Rhenen": "0317", "Barneveld": "0342", "Harderwijk": "0341", "Ermelo": "0341", "Putten": "0341",
    "Doorn": "0343", "Zeist": "030", "De Bilt": "030", "Houten": "030", "Nieuwegein": "030",
    "Utrecht": "030", "Culemborg": "0345", "Tiel": "0344", "Apeldoorn": "055", "Scherpenzeel": "033",
    "Woudenberg": "033", "Maarssen": "0346", "Dieren": "0313", "Arnhem": "026",
}

# (name, city, domain, levels, flags, size weight)
# flags: tto isk technasium gym vak praktijk intl sport cultuur groen
SCHOOLS = [
    ("Het Baken College", "Amersfoort", "hetbakencollege.nl", "vmbo/havo/vwo", "tto", 1.5),
    ("Stedelijk Gymnasium Wageningen", "Wageningen", "sgwageningen.nl", "vwo", "gym", 0.7),
    ("Vakcollege De Schakel", "Veenendaal", "vakcollegedeschakel.nl", "vmbo", "vak", 0.8),
    ("Lyceum De Eemhorst", "Soest", "eemhorst.nl", "havo/vwo", "", 1.0),
    ("Het Element", "Barneveld", "hetelement.nl", "vmbo/havo/vwo", "technasium", 1.4),
    ("Montessori Lyceum Eemland", "Amersfoort", "montessorieemland.nl", "havo/vwo", "", 0.9),
    ("Vakcollege Techniek & Talent", "Ede", "techniekentalent.nl", "vmbo", "vak technasium", 0.7),
    ("Lyceum Heuvelrug", "Doorn", "lyceumheuvelrug.nl", "havo/vwo", "tto", 1.0),
    ("Groen College De Veluwe", "Harderwijk", "groencollegedeveluwe.nl", "vmbo", "groen vak", 0.6),
    ("Scholengemeenschap De Lindeboom", "Nijkerk", "sgdelindeboom.nl", "vmbo/havo/vwo", "", 1.4),
    ("ISK De Brug", "Amersfoort", "iskdebrug.nl", "isk", "isk", 0.3),
    ("Praktijkschool De Boog", "Leusden", "praktijkschooldeboog.nl", "praktijkonderwijs", "praktijk", 0.35),
    ("Stedelijk Gymnasium Nijkerk", "Nijkerk", "sgnijkerk.nl", "vwo", "gym", 0.6),
    ("Het Vallei Lyceum", "Ede", "valleilyceum.nl", "havo/vwo", "tto", 1.1),
    ("Christelijk College De Horizon", "Veenendaal", "cc-dehorizon.nl", "vmbo/havo/vwo", "", 1.5),
    ("Het Kompas College", "Houten", "kompascollege.nl", "vmbo/havo/vwo", "", 1.2),
    ("Vakcollege Zeist", "Zeist", "vakcollegezeist.nl", "vmbo", "vak", 0.7),
    ("Lyceum Ter Eem", "Baarn", "lyceumtereem.nl", "havo/vwo", "cultuur", 0.9),
    ("De Nieuwe Havo", "Utrecht", "denieuwehavo.nl", "havo", "", 0.6),
    ("Dalton College Leusden", "Leusden", "daltonleusden.nl", "vmbo/havo/vwo", "", 1.1),
    ("Lyceum De Gooiberg", "Bussum", "gooiberg.nl", "havo/vwo", "tto", 1.0),
    ("Technasium De Ontdekking", "Apeldoorn", "deontdekking.nl", "havo/vwo", "technasium", 0.9),
    ("Scholengemeenschap Veluwezoom", "Dieren", "sgveluwezoom.nl", "vmbo/havo/vwo", "", 1.1),
    ("Het Atrium", "Culemborg", "hetatrium-culemborg.nl", "vmbo/havo/vwo", "", 1.0),
    ("Vakcollege Rivierenland", "Tiel", "vakcollegerivierenland.nl", "vmbo", "vak", 0.8),
    ("Stedelijk Lyceum Nieuwegein", "Nieuwegein", "slnieuwegein.nl", "havo/vwo", "", 1.2),
    ("Juliana College", "Woudenberg", "julianacollege.nl", "vmbo/havo", "", 0.8),
    ("Openbare Scholengemeenschap Hoevelaken", "Hoevelaken", "osghoevelaken.nl", "vmbo/havo", "", 0.9),
    ("Cultuurprofielschool Het Palet", "Amersfoort", "hetpalet-amersfoort.nl", "havo/vwo", "cultuur", 0.8),
    ("Het Eemkwartier College", "Amersfoort", "eemkwartiercollege.nl", "vmbo", "vak", 0.8),
    ("Lyceum De Bilt", "De Bilt", "lyceumdebilt.nl", "havo/vwo", "", 1.0),
    ("Vakcollege Scherpenzeel", "Scherpenzeel", "vakcollegescherpenzeel.nl", "vmbo", "vak", 0.5),
    ("Het Heuvelland College", "Rhenen", "heuvellandcollege.nl", "vmbo/havo/vwo", "", 0.9),
    ("Sportcollege Apeldoorn", "Apeldoorn", "sportcollege-apeldoorn.nl", "vmbo/havo", "sport", 0.8),
    ("Gymnasium Sint-Eloy", "Amersfoort", "gymnasiumsinteloy.nl", "vwo", "gym", 0.6),
    ("Het Lariks Lyceum", "Ermelo", "lariks.nl", "havo/vwo", "", 0.9),
    ("Vakcollege Putten", "Putten", "vakcollegeputten.nl", "vmbo", "vak", 0.5),
    ("International School Eemvallei", "Amersfoort", "isvallei.nl", "international", "intl", 0.5),
    ("Lyceum Maarsseveen", "Maarssen", "maarsseveen.nl", "havo/vwo", "tto", 1.0),
]

SB_DEPARTMENTS = ["P&O", "Financiën", "ICT", "Huisvesting & Facilitair", "Juridische Zaken", "Communicatie"]
SB_DEPT_WEIGHT = {"P&O": 45, "Financiën": 33, "ICT": 45, "Huisvesting & Facilitair": 27,
                  "Juridische Zaken": 11, "Communicatie": 14}
# key roles are filled first (in order), then fillers by weight
SB_ROLES = {
    "P&O": (["hoofd P&O", "P&O-adviseur", "salarisadministrateur", "verzuimconsulent", "recruiter",
             "opleidingscoördinator"],
            [("P&O-adviseur", 4), ("salarisadministrateur", 3), ("medewerker P&O", 3), ("recruiter", 1),
             ("verzuimconsulent", 1)]),
    "Financiën": (["controller", "inkoper", "financieel adviseur", "hoofd financiën", "subsidieadviseur"],
                  [("medewerker financiële administratie", 4), ("financieel adviseur", 2), ("controller", 1),
                   ("inkoper", 1)]),
    "ICT": (["informatiebeveiliger", "functioneel beheerder", "systeembeheerder", "hoofd ICT", "netwerkbeheerder",
             "data-analist", "security officer"],
            [("servicedeskmedewerker", 4), ("systeembeheerder", 2), ("functioneel beheerder", 2),
             ("netwerkbeheerder", 1), ("projectleider ICT", 1)]),
    "Huisvesting & Facilitair": (["projectleider huisvesting", "arbocoördinator", "hoofd huisvesting & facilitair",
                                  "adviseur duurzaamheid", "facilitair medewerker", "contractbeheerder"],
                                 [("facilitair medewerker", 4), ("projectleider huisvesting", 1.5),
                                  ("adviseur huisvesting", 1.5), ("medewerker facilitair meldpunt", 1)]),
    "Juridische Zaken": (["functionaris gegevensbescherming (FG)", "jurist", "bestuurssecretaris", "privacy officer"],
                         [("jurist", 2), ("juridisch medewerker", 1), ("privacy officer", 0.5)]),
    "Communicatie": (["communicatieadviseur", "medewerker communicatie", "webredacteur"],
                     [("communicatieadviseur", 2), ("medewerker communicatie", 1.5), ("webredacteur", 1),
                      ("grafisch ontwerper", 0.5)]),
}

# role -> [(topic, p_assign, p_grade2)]; p_assign >= 0.9 means the role text itself implies the topic
ROLE_TOPICS = {
    "rector": [("strategisch-beleid", 0.9, 0.5), ("kwaliteitszorg", 0.35, 0.2), ("onderwijsvernieuwing", 0.35, 0.3)],
    "conrector onderwijs": [("onderwijsvernieuwing", 0.6, 0.4), ("toetsbeleid", 0.3, 0.3), ("kwaliteitszorg", 0.4, 0.4)],
    "conrector bedrijfsvoering": [("formatieplanning", 0.8, 0.6), ("begroting-financien", 0.4, 0.2), ("werkverdeling", 0.5, 0.3)],
    "teamleider": [("mentoraat", 0.2, 0.1), ("leerlingverzuim", 0.15, 0.1), ("ouderbetrokkenheid", 0.15, 0.1),
                   ("gesprekkencyclus", 0.2, 0.1), ("werkverdeling", 0.2, 0.1), ("ziekteverzuim", 0.15, 0.1),
                   ("sociale-veiligheid", 0.1, 0.1)],
    "zorgcoördinator": [("leerlingbegeleiding", 1.0, 0.85), ("passend-onderwijs", 0.7, 0.5)],
    "examensecretaris": [("examens-pta", 1.0, 0.9), ("toetsbeleid", 0.3, 0.2)],
    "decaan": [("lob", 1.0, 0.85), ("toelating-aanmelding", 0.15, 0.1)],
    "roostermaker": [("roosteren", 1.0, 0.9), ("formatieplanning", 0.3, 0.2)],
    "ICT-coördinator": [("ict-beheer", 0.8, 0.5), ("digitale-geletterdheid", 0.5, 0.4), ("microsoft-365", 0.4, 0.4),
                        ("ai-in-onderwijs", 0.2, 0.4)],
    "mediacoach": [("digitale-geletterdheid", 1.0, 0.75)],
    "vertrouwenspersoon": [("integriteit-vertrouwenszaken", 1.0, 0.5), ("sociale-veiligheid", 0.3, 0.2)],
    "anti-pestcoördinator": [("sociale-veiligheid", 1.0, 0.75)],
    "orthopedagoog": [("leerlingbegeleiding", 0.7, 0.6), ("passend-onderwijs", 0.5, 0.5), ("welzijn-leerlingen", 0.4, 0.4),
                      ("dyslexie", 0.2, 0.3)],
    "remedial teacher": [("dyslexie", 1.0, 0.8), ("rekenbeleid", 0.4, 0.4)],
    "verzuimcoördinator": [("leerlingverzuim", 1.0, 0.8)],
    "schoolmaatschappelijk werker": [("welzijn-leerlingen", 1.0, 0.7), ("leerlingbegeleiding", 0.3, 0.2)],
    "TTO-coördinator": [("tto", 1.0, 0.9), ("internationalisering", 0.4, 0.3)],
    "NT2-coördinator": [("nt2-nieuwkomers", 1.0, 0.9)],
    "cultuurcoördinator": [("kunst-cultuur", 1.0, 0.75)],
    "stagecoördinator": [("stages-bpv", 1.0, 0.85)],
    "technasiumcoördinator": [("steam-techniek", 1.0, 0.85)],
    "schoolopleider": [("startende-docenten", 1.0, 0.8), ("professionalisering", 0.3, 0.3)],
    "coördinator hoogbegaafdheid": [("hoogbegaafdheid", 1.0, 0.8)],
    "coördinator burgerschap": [("burgerschap", 1.0, 0.75)],
    "coördinator internationalisering": [("internationalisering", 1.0, 0.75)],
    "kwaliteitsmedewerker": [("kwaliteitszorg", 1.0, 0.7), ("datagedreven-werken", 0.5, 0.5)],
    "managementassistent": [("communicatie", 0.1, 0.0)],
    "administratief medewerker": [("leerlingadministratie", 0.8, 0.15), ("toelating-aanmelding", 0.3, 0.2)],
    "conciërge": [("bhv", 0.4, 0.05), ("facilitaire-zaken", 0.3, 0.1)],
    "BHV-coördinator": [("bhv", 1.0, 0.75), ("rie-arbo", 0.3, 0.3)],
    "preventiemedewerker": [("rie-arbo", 1.0, 0.7)],
    "privacycontactpersoon": [("avg-privacy", 1.0, 0.2)],
    "TOA": [("steam-techniek", 0.3, 0.1)],
    "onderwijsassistent": [],
    "mediathecaris": [("taalbeleid", 0.6, 0.3)],
    "ICT-medewerker": [("ict-beheer", 0.9, 0.25), ("microsoft-365", 0.3, 0.3)],
    "MR-lid": [("medezeggenschap", 1.0, 0.1)],
    "leerlingbegeleider": [("leerlingbegeleiding", 0.6, 0.15), ("welzijn-leerlingen", 0.3, 0.15)],
    "medewerker leerlingzaken": [("leerlingverzuim", 0.4, 0.15), ("leerlingadministratie", 0.2, 0.1)],
    "financieel medewerker": [("begroting-financien", 0.4, 0.1), ("leermiddelen", 0.2, 0.2)],
    "instructeur": [("steam-techniek", 0.3, 0.1), ("stages-bpv", 0.2, 0.1)],
    "mentor": [("mentoraat", 0.2, 0.04)],
    # Servicebureau
    "hoofd P&O": [("cao-arbeidsvoorwaarden", 0.9, 0.7), ("formatieplanning", 0.4, 0.4), ("strategisch-beleid", 0.3, 0.2)],
    "P&O-adviseur": [("cao-arbeidsvoorwaarden", 0.5, 0.6), ("ziekteverzuim", 0.4, 0.6), ("gesprekkencyclus", 0.4, 0.5),
                     ("duurzame-inzetbaarheid", 0.3, 0.5), ("werving-selectie", 0.25, 0.4), ("formatieplanning", 0.2, 0.4),
                     ("werkverdeling", 0.2, 0.4)],
    "salarisadministrateur": [("salarisadministratie", 1.0, 0.85), ("cao-arbeidsvoorwaarden", 0.3, 0.2)],
    "verzuimconsulent": [("ziekteverzuim", 1.0, 0.85), ("duurzame-inzetbaarheid", 0.4, 0.4)],
    "recruiter": [("werving-selectie", 1.0, 0.85), ("zij-instroom", 0.6, 0.5)],
    "opleidingscoördinator": [("professionalisering", 1.0, 0.8), ("startende-docenten", 0.4, 0.4), ("zij-instroom", 0.4, 0.4)],
    "medewerker P&O": [("cao-arbeidsvoorwaarden", 0.4, 0.1), ("werving-selectie", 0.3, 0.2), ("salarisadministratie", 0.3, 0.2)],
    "controller": [("begroting-financien", 1.0, 0.85), ("subsidies", 0.3, 0.3), ("formatieplanning", 0.3, 0.3)],
    "hoofd financiën": [("begroting-financien", 1.0, 0.9), ("strategisch-beleid", 0.3, 0.2)],
    "financieel adviseur": [("begroting-financien", 1.0, 0.7), ("formatieplanning", 0.4, 0.4), ("subsidies", 0.2, 0.3)],
    "inkoper": [("inkoop-aanbesteding", 1.0, 0.9)],
    "subsidieadviseur": [("subsidies", 1.0, 0.9)],
    "medewerker financiële administratie": [("begroting-financien", 0.6, 0.1), ("inkoop-aanbesteding", 0.2, 0.1)],
    "hoofd ICT": [("ict-beheer", 0.8, 0.6), ("informatiebeveiliging", 0.5, 0.4), ("strategisch-beleid", 0.2, 0.2)],
    "informatiebeveiliger": [("informatiebeveiliging", 1.0, 0.95), ("avg-privacy", 0.6, 0.3)],
    "security officer": [("informatiebeveiliging", 1.0, 0.95), ("ict-beheer", 0.4, 0.3)],
    "functioneel beheerder": [("elo-leerlingvolgsysteem", 0.6, 0.7), ("microsoft-365", 0.4, 0.6), ("roosteren", 0.15, 0.3),
                              ("leerlingadministratie", 0.2, 0.4)],
    "systeembeheerder": [("ict-beheer", 1.0, 0.7), ("microsoft-365", 0.5, 0.5), ("informatiebeveiliging", 0.3, 0.2)],
    "netwerkbeheerder": [("ict-beheer", 1.0, 0.8)],
    "servicedeskmedewerker": [("ict-beheer", 0.7, 0.2), ("microsoft-365", 0.5, 0.3)],
    "data-analist": [("datagedreven-werken", 1.0, 0.85)],
    "projectleider ICT": [("ict-beheer", 0.5, 0.4), ("ai-in-onderwijs", 0.3, 0.5), ("microsoft-365", 0.3, 0.4)],
    "hoofd huisvesting & facilitair": [("huisvesting-mjop", 1.0, 0.8), ("facilitaire-zaken", 0.5, 0.4)],
    "projectleider huisvesting": [("huisvesting-mjop", 1.0, 0.85), ("duurzame-gebouwen", 0.5, 0.5)],
    "adviseur huisvesting": [("huisvesting-mjop", 1.0, 0.75), ("duurzame-gebouwen", 0.3, 0.3)],
    "adviseur duurzaamheid": [("duurzame-gebouwen", 1.0, 0.9)],
    "arbocoördinator": [("rie-arbo", 1.0, 0.9), ("bhv", 0.6, 0.5)],
    "facilitair medewerker": [("facilitaire-zaken", 0.8, 0.3), ("bhv", 0.3, 0.2)],
    "contractbeheerder": [("inkoop-aanbesteding", 0.8, 0.5), ("facilitaire-zaken", 0.5, 0.4)],
    "medewerker facilitair meldpunt": [("facilitaire-zaken", 0.9, 0.3)],
    "functionaris gegevensbescherming (FG)": [("avg-privacy", 1.0, 0.95), ("informatiebeveiliging", 0.5, 0.3)],
    "privacy officer": [("avg-privacy", 1.0, 0.85), ("informatiebeveiliging", 0.3, 0.3)],
    "jurist": [("klachten-juridisch", 1.0, 0.8), ("medezeggenschap", 0.4, 0.4), ("cao-arbeidsvoorwaarden", 0.3, 0.3),
               ("avg-privacy", 0.2, 0.2)],
    "bestuurssecretaris": [("medezeggenschap", 1.0, 0.7), ("strategisch-beleid", 0.5, 0.4)],
    "juridisch medewerker": [("klachten-juridisch", 0.8, 0.3)],
    "communicatieadviseur": [("communicatie", 1.0, 0.8), ("toelating-aanmelding", 0.2, 0.2), ("werving-selectie", 0.15, 0.2)],
    "webredacteur": [("communicatie", 0.9, 0.5), ("microsoft-365", 0.3, 0.3)],
    "medewerker communicatie": [("communicatie", 0.8, 0.3)],
    "grafisch ontwerper": [("communicatie", 0.6, 0.3)],
}

# school subjects: name as written in "docent X", vak topic, side topic, english name
SUBJECTS = {
    "Nederlands": ("vak-nederlands", None, "Dutch"),
    "Engels": ("vak-engels", None, "English"),
    "Frans": ("vak-frans", None, "French"),
    "Duits": ("vak-duits", None, "German"),
    "Spaans": (None, None, "Spanish"),
    "wiskunde": ("vak-wiskunde", None, "maths"),
    "natuurkunde": ("vak-natuurkunde", None, "physics"),
    "scheikunde": ("vak-scheikunde", None, "chemistry"),
    "NaSk": ("vak-natuurkunde", None, "science"),
    "biologie": ("vak-biologie", None, "biology"),
    "geschiedenis": ("vak-geschiedenis", None, "history"),
    "aardrijkskunde": ("vak-aardrijkskunde", None, "geography"),
    "economie": ("vak-economie", None, "economics"),
    "bedrijfseconomie": ("vak-economie", None, "business economics"),
    "informatica": ("vak-informatica", "steam-techniek", "computer science"),
    "lichamelijke opvoeding": (None, "sport-bewegen", "PE"),
    "beeldende vorming": (None, "kunst-cultuur", "art"),
    "muziek": (None, "kunst-cultuur", "music"),
    "drama": (None, "kunst-cultuur", "drama"),
    "CKV": (None, "kunst-cultuur", "arts and culture"),
    "maatschappijleer": (None, "burgerschap", "social studies"),
    "levensbeschouwing": (None, "burgerschap", "religious studies"),
    "filosofie": (None, None, "philosophy"),
    "Latijn en Grieks": (None, None, "classics"),
    "O&O": (None, "steam-techniek", "research and design"),
    "techniek": (None, "steam-techniek", "technology"),
    "Zorg & Welzijn": (None, "stages-bpv", "health and care"),
    "Economie & Ondernemen": ("vak-economie", "stages-bpv", "business"),
    "groen": (None, "duurzaamheidsonderwijs", "green studies"),
    "NT2": (None, "nt2-nieuwkomers", "Dutch as a second language"),
    "praktijkvakken": (None, "stages-bpv", "vocational practice"),
    "rekenen": (None, "rekenbeleid", "numeracy"),
}

BASE_SUBJECTS = [("Nederlands", 10), ("Engels", 8), ("wiskunde", 10), ("geschiedenis", 4),
                 ("aardrijkskunde", 4), ("biologie", 4), ("economie", 4), ("lichamelijke opvoeding", 6),
                 ("beeldende vorming", 3), ("muziek", 2), ("maatschappijleer", 2)]
LEVEL_SUBJECTS = {
    "havo/vwo": [("Frans", 4), ("Duits", 5), ("natuurkunde", 4), ("scheikunde", 4), ("bedrijfseconomie", 2),
                 ("informatica", 2), ("CKV", 1), ("filosofie", 1), ("levensbeschouwing", 1), ("Spaans", 1),
                 ("drama", 1)],
    "vmbo": [("Duits", 4), ("NaSk", 5), ("techniek", 5), ("Zorg & Welzijn", 3), ("Economie & Ondernemen", 3),
             ("levensbeschouwing", 1)],
    "gym": [("Latijn en Grieks", 5)],
    "technasium": [("O&O", 4)],
    "groen": [("groen", 6)],
    "isk": [("NT2", 30), ("rekenen", 4)],
    "praktijk": [("praktijkvakken", 20), ("rekenen", 4)],
}

# names -------------------------------------------------------------------
NL_F = ["Sanne", "Anouk", "Fleur", "Lotte", "Lisa", "Emma", "Sophie", "Julia", "Eva", "Iris", "Femke", "Marieke",
        "Annemarie", "Ingrid", "Monique", "Petra", "Esther", "Linda", "Marloes", "Ilse", "Karin", "Nicole", "Saskia",
        "Wendy", "Yvonne", "Hanneke", "Mirjam", "Judith", "Els", "Ria", "Joyce", "Manon", "Kim", "Laura", "Nina",
        "Maaike", "Renske", "Noor", "Zoë", "Chloë", "Anaïs", "Inès", "Floor", "Roos", "Merel", "Janneke",
        "Marjolein", "Liesbeth", "Carla", "Heleen", "Geertje", "Dieuwke", "Aukje", "Tessa", "Britt", "Demi",
        "Naomi", "Sylvia", "Hélène", "Loes", "Mariëlle", "Daniëlle", "Ellen", "Astrid", "Marit", "Suzanne"]
NL_M = ["Pieter", "Jan", "Kees", "Henk", "Mark", "Jeroen", "Bas", "Tim", "Thomas", "Daan", "Sem", "Lucas", "Ruben",
        "Martijn", "Erik", "Frank", "Hans", "Marcel", "Rob", "Sander", "Joost", "Wouter", "Niels", "Arjen", "Bram",
        "Koen", "Stefan", "Dennis", "Maarten", "Gert-Jan", "Jan-Willem", "Roel", "Teun", "Floris", "René", "André",
        "Joël", "Noël", "Gijs", "Huub", "Wim", "Theo", "Freek", "Job", "Michiel", "Vincent", "Rutger", "Hidde",
        "Jesse", "Sjoerd", "Ties", "Jurriën", "Gerrit", "Ewoud", "Bart", "Paul"]
NL_LAST = ["de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer",
           "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
           "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
           "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Jong", "Jansen",
           "van 't Hof", "van 't Veer", "ten Have", "ter Horst", "in 't Veld", "op de Beek", "van Beek", "Geërts",
           "Hoekstra", "Kuipers", "Verhoeven", "Willems", "Postma", "Schouten", "Koster", "Prins", "Huisman", "Blom",
           "Evers", "van Wijk", "Kramer", "Timmermans", "Groen", "Sanders", "Maas", "Verbeek", "van Vliet",
           "Veenstra", "Hermans", "Lammers", "Scholten", "Boersma", "Wijnands", "Buitenhuis", "Overbeek",
           "van Essen", "Roelofs", "Wolters", "Zwart", "Haverkamp", "Hofstede", "Doornbos", "Teunissen", "van Rooij",
           "Hoogland", "Bruinsma", "Nijhuis", "Klaassen", "Reijnders", "Coenen", "Brinkman", "Kooistra", "Slot",
           "Aalbers", "Gerrits", "Heijnen", "Wouters", "Bosman", "Claassen", "Pronk", "Veldhuis", "van Ooijen",
           "Brüggemann", "Seijkens", "Stoffels", "van de Kamp", "van der Heijden", "Kraaijeveld", "Rozendaal"]
MA_F = ["Fatima", "Samira", "Naima", "Khadija", "Soumaya", "Yasmina", "Hanan", "Nadia", "Salma", "Imane"]
MA_M = ["Mohamed", "Youssef", "Said", "Ahmed", "Bilal", "Karim", "Hamza", "Anouar", "Mustafa", "Rachid"]
MA_LAST = ["el Amrani", "el Idrissi", "Benali", "Bouzid", "el Khatib", "Azzouzi", "Ouali", "el Boukili",
           "Haddouchi", "Tahiri", "Ait Taleb", "el Ouardi"]
TR_F = ["Elif", "Ayşe", "Zeynep", "Esra", "Büşra", "Selin", "Merve", "Özlem"]
TR_M = ["Emre", "Mehmet", "Murat", "Burak", "Kemal", "Serkan", "Okan", "Tolga"]
TR_LAST = ["Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"]
SR_F = ["Shanti", "Priya", "Kavita", "Sharda", "Chandra", "Gisela", "Jennifer"]
SR_M = ["Rajesh", "Ravi", "Dinesh", "Sunil", "Edson", "Jurgen", "Rudi"]
SR_LAST = ["Ramdin", "Jagesar", "Soekhai", "Kromodimedjo", "Martina", "Rosaria", "Ramsaran", "Biharie",
           "Sitaldin", "Kartosen"]
# international colleagues: origin language -> (female first names, male first names, surnames, weight)
INT_NAMES = {
    "en": (["Emily", "Sarah", "Rachel", "Hannah", "Claire", "Aoife", "Megan"],
           ["James", "Michael", "David", "Oliver", "Liam", "Connor", "Daniel"],
           ["Thompson", "O'Brien", "Murphy", "Walker", "Campbell", "Byrne", "Hughes"], 6),
    "es": (["Lucía", "Sofía", "Carmen"], ["Carlos", "Javier", "Pablo"], ["Fernández", "García", "Martínez"], 1),
    "de": (["Katrin", "Anja", "Jana"], ["Stefan", "Jonas", "Lukas"], ["Müller", "Schmidt", "Becker"], 1),
    "fr": (["Camille", "Amélie", "Élodie"], ["Mathieu", "Julien", "Benoît"], ["Dubois", "Lefèvre", "Moreau"], 1),
    "pl": (["Katarzyna", "Agnieszka"], ["Piotr", "Tomasz"], ["Nowak", "Lewandowski", "Zając"], 1),
}

HOBBY_TAGS = ["fotografie", "hardlopen", "schaken", "koken", "tuinieren", "zeilen", "wielrennen"]

PERSONAL_NL = ["Buiten school fiets ik graag door de Utrechtse Heuvelrug.",
               "In mijn vrije tijd zing ik in een koor.",
               "Ik woon met mijn gezin in {city}.",
               "Na werktijd sta ik graag op het hockeyveld.",
               "Ik houd van lezen, wandelen en goede koffie.",
               "Daarnaast ben ik vrijwilliger bij de voetbalclub van mijn kinderen.",
               "Ik werk vier dagen per week; op woensdag ben ik niet bereikbaar."]
PERSONAL_EN = ["Outside school I enjoy cycling and reading.",
               "I moved to the Netherlands in {since} and live in {city}.",
               "I am still working on my Dutch, so feel free to practise with me.",
               "In my spare time I play in a local band."]

# --------------------------------------------------------------------------
# text templates
# --------------------------------------------------------------------------
# Dutch templates never put a topic phrasing in subject position (no verb agreement issues).
GEN_NL = [
    "Op {school} werken we sinds {year} met een vaste aanpak voor {akw}.",
    "Iedereen moet weten wie het aanspreekpunt is voor {akw}.",
    "In de praktijk blijkt het werk rond {akw} vaak meer tijd te kosten dan verwacht.",
    "We hebben de afspraken over {akw} opnieuw op een rij gezet.",
    "Collega's van verschillende scholen wisselden ervaringen uit over {akw} en {akw2}.",
    "De werkgroep {label} komt zes keer per jaar bij elkaar.",
    "Bij twijfel over {akw} kun je altijd even langslopen of mailen.",
    "Aan het einde van het schooljaar evalueren we de aanpak van {akw}.",
    "Uit de evaluatie bleek dat er rond {akw} nog verbeterpunten zijn.",
    "Voor nieuwe collega's is er een korte uitleg over {akw}.",
    "De komende periode ligt de nadruk op {akw}.",
    "Het doel is dat de afspraken over {akw} voor iedereen duidelijk en uitvoerbaar zijn.",
    "Wie meer wil weten over {akw}, kan terecht bij de werkgroep {label}.",
    "In het schooljaar {year}-{year1} starten we met een pilot rond {akw}.",
    "Een belangrijk aandachtspunt blijft de samenhang tussen {akw} en {akw2}.",
    "Er is uitgebreid gesproken over {akw}, met name over de rol van de teamleiders.",
    "De ervaringen met {akw} zijn tot nu toe overwegend positief.",
    "Er komt een nieuwe versie van het document over {akw}, met voorbeelden uit de praktijk.",
    "Goede voorbeelden rond {akw} delen we op het intranet.",
    "Ook landelijk is er veel aandacht voor {akw}.",
    "We willen de kennis over {akw} beter borgen, zodat die niet bij één persoon ligt.",
    "Bij {akw} gaat het uiteindelijk om heldere afspraken en korte lijnen.",
]
GEN_NL_EDU = [
    "Docenten gaven aan dat het helpt om bij {akw} klein te beginnen.",
    "Leerlingen reageren positief op de aandacht voor {akw}.",
    "In de sectievergadering is uitgebreid gesproken over {akw}.",
    "Mentoren spelen een belangrijke rol bij {akw}.",
    "In de onderbouw zijn goede ervaringen opgedaan met {akw}.",
    "Voor de bovenbouw werken we de aanpak van {akw} nog verder uit.",
    "Tijdens de studiedag was er een workshop over {akw}.",
    "Het is belangrijk om ouders goed te informeren over {akw}.",
    "In de lessen zie je steeds vaker aandacht voor {akw} en {akw2}.",
]
GEN_NL_ORG = [
    "De afdeling {dept} van het Servicebureau ondersteunt de scholen bij {akw}.",
    "De nieuwe werkwijze voor {akw} gaat in per 1 {month}.",
    "De schoolleiders zijn per mail geïnformeerd over de wijzigingen rond {akw}.",
    "Voor vragen over {akw} kunnen scholen terecht bij het Servicebureau.",
    "De afspraken over {akw} gelden voor alle scholen van de stichting.",
    "In het managementoverleg is de stand van zaken rond {akw} besproken.",
    "We willen de processen rond {akw} verder standaardiseren.",
    "Het Servicebureau maakt elk kwartaal een rapportage over {akw}.",
]
GEN_EN = [
    "At {school} we have been working on {ekw} since {year}.",
    "Colleagues from several schools shared their experience with {ekw}.",
    "If you have questions about {ekw}, feel free to get in touch.",
    "The working group on {elabel} meets six times a year.",
    "We evaluate our approach to {ekw} at the end of each school year.",
    "New colleagues receive a short introduction to {ekw}.",
    "The evaluation showed that there is still room for improvement around {ekw}.",
    "Good examples of {ekw} are shared on the intranet.",
    "Over the coming months, the focus will be on {ekw}.",
    "There is a lot of national attention for {ekw} as well.",
    "We are starting a pilot on {ekw} in the {year}-{year1} school year.",
    "In the end, {ekw} is about clear agreements and short lines of communication.",
]

TITLE_NL = {
    "intranetpagina": ["{Label}", "{Kw}: veelgestelde vragen", "Alles over {kw}", "{Label} op {school}",
                       "Informatie over {kw}"],
    "handreiking": ["Handreiking {kw}", "Handreiking: aan de slag met {kw}", "Praktische tips: {kw}",
                    "Handreiking {label} voor teamleiders"],
    "notitie": ["Notitie {kw}", "Notitie: stand van zaken {label}", "Voorstel aanpak {kw}", "Discussienotitie {kw}"],
    "verslag": ["Verslag werkgroep {label}", "Verslag netwerkbijeenkomst {label} {date_nl}", "Verslag overleg {kw}",
                "Terugblik bijeenkomst {label}"],
    "beleidsstuk": ["Beleid {label} {year}-{year2}", "Beleidsplan {kw}", "{Kw}: kaders en afspraken",
                    "Beleidsnotitie {label}"],
    "nieuwsbericht": ["Nieuw: {kw} op {school}", "{school} start met {kw}", "Terugblik: bijeenkomst over {kw}",
                      "Update {label}", "Nieuws over {kw}"],
    "werkinstructie": ["Werkinstructie {kw}", "Zo werkt het: {kw}", "Stappenplan {kw}",
                       "Werkinstructie: {kw} in vijf stappen"],
}
TITLE_EN = {
    "intranetpagina": ["{Elabel}", "{Ekw}: frequently asked questions", "All about {ekw}"],
    "handreiking": ["Guidelines: {ekw}", "Getting started with {ekw}", "Practical tips on {ekw}"],
    "notitie": ["Memo on {ekw}", "Memo: where we stand on {elabel}"],
    "verslag": ["Minutes: {elabel} working group", "Notes from the {elabel} network meeting, {date_en}"],
    "beleidsstuk": ["Policy on {elabel} {year}-{year2}", "{Elabel}: framework and agreements"],
    "nieuwsbericht": ["News: {ekw} at {school}", "{school} starts with {ekw}", "Update on {elabel}"],
    "werkinstructie": ["How to: {ekw}", "Step by step: {ekw}"],
}
OPEN_NL = {
    "intranetpagina": ["Op deze pagina vind je informatie over {akw}.", "Hier staat alles wat je moet weten over {akw}.",
                       "Deze pagina beschrijft hoe we op {school} omgaan met {akw}."],
    "handreiking": ["Deze handreiking helpt teams op weg met {akw}.",
                    "In deze handreiking geven we praktische tips over {akw}.",
                    "Deze handreiking is bedoeld voor iedereen die te maken heeft met {akw}."],
    "notitie": ["In deze notitie zetten we de stand van zaken rond {akw} op een rij.",
                "Deze notitie doet een voorstel voor de aanpak van {akw}.",
                "Aanleiding voor deze notitie zijn vragen uit de scholen over {akw}."],
    "verslag": ["Verslag van het overleg van de werkgroep {label} op {date_nl}.",
                "Op {date_nl} kwam het netwerk {label} bijeen op {school}.",
                "Dit is het verslag van de bijeenkomst over {akw} van {date_nl}."],
    "beleidsstuk": ["Dit beleidsstuk beschrijft de kaders voor {akw} voor de periode {year}-{year2}.",
                    "In dit document leggen we het beleid rond {akw} vast.",
                    "Dit beleid rond {akw} is vastgesteld na advies van de GMR en geldt voor alle scholen."],
    "nieuwsbericht": ["Op {school} is dit schooljaar gestart met een project rond {akw}.",
                      "Goed nieuws over {akw}: de eerste resultaten zijn binnen.",
                      "Afgelopen week stond {school} in het teken van {akw}."],
    "werkinstructie": ["Deze werkinstructie beschrijft stap voor stap hoe je omgaat met {akw}.",
                       "Volg onderstaande stappen bij {akw}."],
}
OPEN_EN = {
    "intranetpagina": ["This page contains information about {ekw}."],
    "handreiking": ["These guidelines help teams get started with {ekw}."],
    "notitie": ["This memo summarises where we stand on {ekw}."],
    "verslag": ["Minutes of the {elabel} working group meeting on {date_en}."],
    "beleidsstuk": ["This policy document describes our approach to {ekw} for {year}-{year2}."],
    "nieuwsbericht": ["{school} has started a new project on {ekw}."],
    "werkinstructie": ["This instruction explains step by step how to deal with {ekw}."],
}
CLOSE_NL = {
    "*": ["Heb je vragen over {akw}? Neem contact op met {name}.", "Contactpersoon: {name}.",
          "Meer informatie: {name}, {role}."],
    "verslag": ["Volgende bijeenkomst: {date2_nl}.", "Actiepunt: {name} werkt een voorstel uit over {akw}."],
    "beleidsstuk": ["Dit beleid wordt in {year2} geëvalueerd.", "Vastgesteld door het college van bestuur, {date_nl}."],
    "werkinstructie": ["Kom je er niet uit? Neem contact op met {name}."],
    "nieuwsbericht": ["Meer weten? Mail {name}.", "Met dank aan {names} voor hun inzet."],
}
CLOSE_EN = {
    "*": ["Questions about {ekw}? Please contact {name}.", "Contact: {name}."],
    "verslag": ["Next meeting: {date2_en}."],
}
STEPS_NL = ["Ga op het intranet naar de pagina over {akw}.", "Vul het formulier volledig in.",
            "Controleer of alle gegevens kloppen.", "Stuur het formulier naar je leidinggevende.",
            "Sla een kopie op in de gedeelde map van je team.", "Je ontvangt binnen vijf werkdagen een reactie.",
            "Leg de afspraken vast in het dossier.", "Informeer de betrokken collega's over de uitkomst.",
            "Neem bij twijfel eerst contact op met {name}."]
STEPS_EN = ["Go to the intranet page about {ekw}.", "Fill in the form completely.", "Check that all details are correct.",
            "Send the form to your manager.", "You will receive a reply within five working days."]

KIND_WEIGHTS = {
    "edu": [("intranetpagina", 18), ("handreiking", 18), ("notitie", 15), ("verslag", 18), ("beleidsstuk", 8),
            ("nieuwsbericht", 18), ("werkinstructie", 5)],
    "org": [("intranetpagina", 22), ("handreiking", 12), ("notitie", 12), ("verslag", 10), ("beleidsstuk", 14),
            ("nieuwsbericht", 10), ("werkinstructie", 20)],
    "vak": [("intranetpagina", 10), ("handreiking", 25), ("notitie", 10), ("verslag", 35), ("nieuwsbericht", 20)],
}
KIND_SECTION = {"intranetpagina": "kennisbank", "handreiking": "handreikingen", "notitie": "notities",
                "verslag": "verslagen", "beleidsstuk": "beleid", "nieuwsbericht": "nieuws",
                "werkinstructie": "werkinstructies"}

# bios
BIO_ROLE_NL = ["Ik werk als {role} op {school}.", "Sinds {since} ben ik {role} op {school}.",
               "{first} is {role} op {school}.", "Ik ben {role} bij {school}."]
BIO_ROLE_SB_NL = ["Ik werk als {role} bij het Servicebureau, afdeling {dept}.",
                  "Sinds {since} ben ik {role} bij het Servicebureau ({dept}).",
                  "{first} is {role} bij de afdeling {dept} van het Servicebureau."]
BIO_G2_NL = ["Mijn specialisme is {label}; collega's kunnen bij mij terecht met vragen over {akw}.",
             "Ik ben gespecialiseerd in {akw} en help collega's graag verder.",
             "Binnen de stichting ben ik een vraagbaak voor {akw}.",
             "Ik heb veel ervaring met {akw} en {akw2}."]
BIO_G2_TWO_NL = ["Ik houd me vooral bezig met {akw} en {bkw}.", "Mijn specialismen zijn {label} en {blabel}."]
BIO_G1_NL = ["Daarnaast heb ik interesse in {akw}.", "Ik verdiep me graag in {akw}.",
             "Ik weet ook het een en ander van {akw}.", "Ik volg de ontwikkelingen rond {akw} met belangstelling."]
BIO_G1_TWO_NL = ["Daarnaast heb ik interesse in {akw} en {bkw}."]
BIO_ROLE_EN = ["I work at {school} as {role_en}.", "I have been working at {school} as {role_en} since {since}."]
BIO_ROLE_SB_EN = ["I work as {role_en} in the {dept} department of the Servicebureau."]
BIO_G2_EN = ["My specialism is {elabel}; feel free to contact me about {ekw}.", "I have a lot of experience with {ekw}.",
             "Colleagues often come to me with questions about {ekw}."]
BIO_G2_TWO_EN = ["My main areas of expertise are {ekw} and {bekw}."]
BIO_G1_EN = ["I am also interested in {ekw}.", "I like to keep up with developments in {ekw}."]
BIO_G1_TWO_EN = ["I am also interested in {ekw} and {bekw}."]

ROLE_EN = {"mentor": "mentor", "TTO-coördinator": "bilingual education coordinator", "decaan": "careers counsellor",
           "teamleider": "team leader", "rector": "principal", "examensecretaris": "exam secretary",
           "roostermaker": "timetabler", "zorgcoördinator": "student support coordinator",
           "coördinator internationalisering": "internationalisation coordinator",
           "onderwijsassistent": "teaching assistant", "TOA": "lab technician",
           "systeembeheerder": "system administrator", "servicedeskmedewerker": "service desk employee",
           "netwerkbeheerder": "network administrator", "security officer": "security officer",
           "informatiebeveiliger": "information security officer", "data-analist": "data analyst",
           "functioneel beheerder": "application manager", "projectleider ICT": "IT project manager",
           "hoofd ICT": "head of IT"}

# workshops
WS_OPEN_NL = ["In deze workshop gaan we aan de slag met {akw}.",
              "Tijdens deze workshop maak je kennis met {akw} en {akw2}.",
              "Deze interactieve sessie gaat over {akw}.",
              "Hoe pak je {akw} aan in de dagelijkse praktijk? Daarover gaat deze workshop."]
WS_CLOSE_NL = ["Neem gerust je eigen vragen en casussen mee.",
               "De workshop is geschikt voor docenten en ondersteuners van alle scholen.",
               "Maximaal {n} deelnemers.", "Na afloop krijg je een handig overzicht mee.",
               "Deze workshop is een aanrader voor nieuwe collega's."]
WS_OPEN_EN = ["In this workshop we will work on {ekw}.", "This interactive session is about {ekw}."]
WS_CLOSE_EN = ["Feel free to bring your own questions and cases.", "Open to teachers and support staff of all schools."]
WS_TITLE_GENERIC_NL = ["Aan de slag met {kw}", "{Label} in de praktijk", "Wat werkt bij {kw}?",
                       "Inspiratiesessie {label}"]
WS_TITLE_EN = ["Getting started with {ekw}", "{Elabel} in practice"]

# generic (non-expertise) documents --------------------------------------
GENERIC_TITLES_NL = [
    ("nieuwsbericht", "Nieuwsbrief {short} week {week}", 8), ("nieuwsbericht", "Personeelsnieuws {month} {year}", 6),
    ("nieuwsbericht", "Jubileum: {jname} 25 jaar in het onderwijs", 2), ("nieuwsbericht", "Afscheid van {jname}", 1.5),
    ("nieuwsbericht", "Welkom aan onze nieuwe collega's", 1.5), ("nieuwsbericht", "Terugblik op de personeelsdag {year}", 1),
    ("nieuwsbericht", "Sportdag {year}: een geslaagde dag", 1), ("nieuwsbericht", "Kerstviering {year}", 1),
    ("verslag", "Verslag teamvergadering {date_nl}", 5), ("verslag", "Verslag teamoverleg {team} {date_nl}", 3),
    ("verslag", "Verslag personeelsvergadering {date_nl}", 2), ("intranetpagina", "Agenda teamvergadering {date_nl}", 4),
    ("intranetpagina", "Vakantierooster {year}-{year1}", 1), ("intranetpagina", "Jaarkalender {year}-{year1}", 1),
    ("intranetpagina", "Parkeren bij {school}", 0.5), ("intranetpagina", "Openingstijden kantine en mediatheek", 0.5),
    ("notitie", "Planning activiteitenweek {year}", 1), ("notitie", "Programma studiedag {date_nl}", 1.5),
]
GENERIC_TITLES_EN = [
    ("nieuwsbericht", "Newsletter {short} week {week}", 6), ("verslag", "Staff meeting minutes {date_en}", 3),
    ("intranetpagina", "Staff meeting agenda {date_en}", 2), ("nieuwsbericht", "Welcome to our new colleagues", 1),
]
GENERIC_FILL_NL = [
    "De koffie staat om 15.30 uur klaar in de personeelskamer.", "Het volgende overleg is over vier weken.",
    "Geef je aanwezigheid uiterlijk vrijdag door aan het secretariaat.", "Er is taart in de personeelskamer.",
    "De notulen van de vorige vergadering zijn ongewijzigd vastgesteld.",
    "Mededelingen van de schoolleiding volgen aan het eind van de vergadering.",
    "Iedereen is van harte welkom bij de receptie.", "De foto's van de dag staan op het intranet.",
    "Bedankt aan iedereen die heeft geholpen!", "Rondvraag: geen bijzonderheden.",
    "De vakantie begint op vrijdag om 12.00 uur.", "Parkeren kan op het terrein achter de gymzaal.",
    "Het secretariaat is in de vakantie gesloten.", "De fietsenstalling wordt in de herfstvakantie opnieuw ingedeeld.",
    "Vergeet niet je jaarplanning bij te werken.", "De aula is die middag niet beschikbaar.",
    "De lunch wordt verzorgd door leerlingen van de afdeling horeca.", "Noteer de datum alvast in je agenda.",
    "Op de eerste schooldag begint het programma om 8.30 uur.", "Na afloop is er een borrel in de kantine.",
    "We sluiten het jaar traditiegetrouw af met een barbecue.", "De opkomst was hoog en de sfeer was goed.",
    "De personeelsvereniging organiseert dit jaar een uitje naar Utrecht.", "Namens de schoolleiding: dank voor jullie inzet!",
]
GENERIC_FILL_EN = [
    "Coffee will be ready at 3.30 pm in the staff room.", "The next meeting is in four weeks.",
    "Everyone is welcome at the reception.", "Thank you to everyone who helped!", "Any other business: none.",
    "Please mark the date in your diary.",
]
PASSING_NL = [
    "Herinnering: {akw} staat op de agenda van de volgende vergadering.",
    "Kort nieuws: er is niets veranderd rond {akw}.",
    "Vragen over {akw}? Neem contact op met {ename}.",
    "In de bijlage vindt u meer informatie over {akw}.",
    "Agendapunt {n}: {akw} (ter informatie).",
    "Tijdens de studiedag is er een korte presentatie over {akw}.",
    "Let op: de deadline rond {akw} is verschoven naar {date2_nl}.",
]
PASSING_EN = ["Reminder: {ekw} is on the agenda of the next meeting.", "Questions about {ekw}? Contact {ename}."]
TEAMS = ["onderbouw", "bovenbouw havo", "bovenbouw vwo", "vmbo", "brugklas", "examenklassen"]

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
class Person:
    __slots__ = ("pid", "first", "last", "name", "gender", "bg", "origin_lang", "school", "roles", "department",
                 "topics", "email", "phone", "vis", "omit_vis", "english", "no_declare", "presented", "hosted",
                 "n_docs")

    def __init__(self):
        self.pid = None
        self.topics = []          # list of dicts, see assign_truth()
        self.presented = 0
        self.hosted = False
        self.n_docs = 0
        self.origin_lang = None

    def grade(self, tid):
        for t in self.topics:
            if t["t"] == tid:
                return t["g"]
        return 0

    def is_sb(self):
        return self.school["sb"]


def make_school(entry, sb=False):
    name, city, domain, levels, flags, weight = entry
    return {"name": name, "city": city, "domain": domain, "levels": levels, "flags": flags.split(),
            "weight": weight, "sb": sb, "staff": [], "phone": None,
            "short": name if len(name) < 22 else name.split()[-1]}


def choose_schools(rng, n_schools):
    idx = list(range(len(SCHOOLS)))
    rng.shuffle(idx)
    if n_schools >= 10:
        chosen = idx[:n_schools]
        intl = len(SCHOOLS) - 2   # International School Eemvallei
        if intl not in chosen:
            chosen[-1] = intl
    else:
        # small corpora: a representative mix, no special schools (ISK, praktijk, international)
        groups = [["vmbo/havo/vwo"], ["havo/vwo", "vwo"], ["vmbo"], ["vmbo/havo/vwo", "havo/vwo", "vmbo", "vwo", "havo",
                                                                    "vmbo/havo"]]
        chosen = []
        for k in range(n_schools):
            levels = groups[min(k, len(groups) - 1)]
            for i in idx:
                if i not in chosen and SCHOOLS[i][3] in levels:
                    chosen.append(i)
                    break
    chosen.sort()
    return [make_school(SCHOOLS[i]) for i in chosen]


def largest_remainder(total, weights):
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rest = total - sum(base)
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rest]:
        base[i] += 1
    return base


def team_role(sc, i):
    lv = sc["levels"]
    if "vmbo" in lv and "havo" in lv:
        opts = ["teamleider onderbouw", "teamleider vmbo", "afdelingsleider havo", "afdelingsleider vwo",
                "teamleider brugklas", "teamleider bovenbouw vmbo"]
    elif lv == "vmbo":
        opts = ["teamleider onderbouw", "teamleider bovenbouw vmbo", "teamleider basis/kader", "teamleider gl/tl"]
    elif "havo" in lv or "vwo" in lv:
        opts = ["teamleider onderbouw", "afdelingsleider havo 4-5", "afdelingsleider vwo 4-6", "teamleider brugklas"]
    else:
        opts = ["teamleider", "teamleider onderbouw"]
    return opts[i % len(opts)]


def subject_weights(sc):
    lv, flags = sc["levels"], sc["flags"]
    if lv == "isk":
        return LEVEL_SUBJECTS["isk"] + [("Engels", 3), ("wiskunde", 3), ("lichamelijke opvoeding", 2)]
    if lv == "praktijkonderwijs":
        return LEVEL_SUBJECTS["praktijk"] + [("Nederlands", 4), ("lichamelijke opvoeding", 2), ("Engels", 1)]
    out = list(BASE_SUBJECTS)
    if "havo" in lv or "vwo" in lv or lv == "international":
        out += LEVEL_SUBJECTS["havo/vwo"]
    if "vmbo" in lv:
        out += LEVEL_SUBJECTS["vmbo"]
    for f in ("gym", "technasium", "groen"):
        if f in flags:
            out += LEVEL_SUBJECTS[f]
    if lv == "international":
        out = [(s, w * 3 if s == "Engels" else w) for s, w in out]
    return out


def school_slots(rng, sc, size):
    """Return [roles, department] slots for one school of `size` staff."""
    lv, flags = sc["levels"], sc["flags"]
    slots = []

    def add(role, dept):
        slots.append([[role], dept])

    add("rector", "schoolleiding")
    add("conrector onderwijs", "schoolleiding")
    if size >= 120:
        add("conrector bedrijfsvoering", "schoolleiding")
    if size >= 260:
        add("conrector onderwijs", "schoolleiding")
    for i in range(max(1, round(size / 30))):
        add(team_role(sc, i), "schoolleiding")
    add("zorgcoördinator", "leerlingondersteuning")
    if size > 200:
        add("zorgcoördinator", "leerlingondersteuning")
    if lv not in ("isk", "praktijkonderwijs"):
        add("examensecretaris", "examensecretariaat")
    if lv != "isk":
        add("decaan", "decanaat")
        if size > 220:
            add("decaan", "decanaat")
    add("roostermaker", "roosterbureau")
    if size > 220:
        add("roostermaker", "roosterbureau")
    add("ICT-coördinator", "ICT")
    add("managementassistent", "secretariaat")
    for _ in range(max(1, round(size / 50))):
        add("administratief medewerker", "administratie")
    for _ in range(max(1, round(size / 45))):
        add("conciërge", "facilitaire dienst")
    for _ in range(round(size / 35)):
        add("onderwijsassistent", "onderwijsondersteuning")
    for _ in range(round(size / 100)):
        add("leerlingbegeleider", "leerlingondersteuning")
    for _ in range(round(size / 110)):
        add("medewerker leerlingzaken", "leerlingzaken")
    for _ in range(round(size / 150)):
        add("financieel medewerker", "bedrijfsbureau")
    if "havo" in lv or "vwo" in lv or lv == "international":
        for _ in range(max(1, round(size / 75))):
            add("TOA", "practicumondersteuning")
    if "vmbo" in lv or lv == "praktijkonderwijs":
        for _ in range(round(size / 70)):
            add("instructeur", "praktijkonderwijs")
    for _ in range(max(1, round(size / 120))):
        add("ICT-medewerker", "ICT")
    if size > 120:
        add("orthopedagoog", "leerlingondersteuning")
    if rng.random() < 0.6:
        add("remedial teacher", "leerlingondersteuning")
    if size > 80 and rng.random() < 0.7:
        add("verzuimcoördinator", "leerlingzaken")
    if rng.random() < 0.5:
        add("mediathecaris", "mediatheek")
    if rng.random() < 0.4:
        add("kwaliteitsmedewerker", "kwaliteitszorg")
    if rng.random() < 0.4:
        add("schoolmaatschappelijk werker", "leerlingondersteuning")
    if "vmbo" in lv or lv == "praktijkonderwijs":
        add("stagecoördinator", "stagebureau")
    if lv == "isk":
        add("NT2-coördinator", "sectie NT2")
    # keep at least 55% teachers in very small schools
    while len(slots) > size * 0.45 and len(slots) > 8:
        slots.pop()
    n_doc = size - len(slots)
    sw = subject_weights(sc)
    subjects = [s for s, _ in sw]
    weights = [w for _, w in sw]
    docents = []
    for _ in range(n_doc):
        subj = wchoice(rng, subjects, weights)
        slot = [["docent " + subj], "sectie " + subj]
        slots.append(slot)
        docents.append(slot)
    # secondary roles for teachers
    pool = shuffled(rng, docents)

    def give(role):
        if pool:
            pool.pop()[0].append(role)

    for _ in range(2 if size >= 100 else 1):
        give("vertrouwenspersoon")
    give("anti-pestcoördinator")
    give("schoolopleider")
    if "cultuur" in flags or rng.random() < 0.6:
        give("cultuurcoördinator")
    if rng.random() < 0.5:
        give("mediacoach")
    if rng.random() < 0.4:
        give("coördinator hoogbegaafdheid")
    if rng.random() < 0.4:
        give("coördinator burgerschap")
    if "tto" in flags or "intl" in flags or rng.random() < 0.25:
        give("coördinator internationalisering")
    if "tto" in flags:
        eng = [s for s in pool if s[0][0] == "docent Engels"]
        (eng[0] if eng else (pool[-1] if pool else slots[0]))[0].append("TTO-coördinator")
        if eng:
            pool.remove(eng[0])
    if "technasium" in flags:
        oo = [s for s in pool if s[0][0] in ("docent O&O", "docent techniek", "docent natuurkunde")]
        if oo:
            oo[0][0].append("technasiumcoördinator")
            pool.remove(oo[0])
        else:
            give("technasiumcoördinator")
    if rng.random() < 0.7:
        conc = [s for s in slots if s[0][0] == "conciërge"]
        (conc[0] if conc and rng.random() < 0.5 else (pool.pop() if pool else slots[0]))[0].append("BHV-coördinator")
    if rng.random() < 0.3:
        give("preventiemedewerker")
    if rng.random() < 0.6:
        adm = [s for s in slots if s[0][0] in ("administratief medewerker", "managementassistent")]
        (adm[0] if adm and rng.random() < 0.5 else (pool.pop() if pool else slots[0]))[0].append("privacycontactpersoon")
    for _ in range(round(size / 35)):
        if docents:
            rng.choice(docents)[0].append("MR-lid")
    for s in docents:
        if rng.random() < 0.45 and "mentor" not in s[0]:
            s[0].append("mentor")
    by_subj = {}
    for s in docents:
        by_subj.setdefault(s[0][0][len("docent "):], []).append(s)
    for subj, lst in by_subj.items():
        if len(lst) >= 3 and SUBJECTS[subj][0]:
            rng.choice(lst)[0].append("sectievoorzitter " + subj)
    for s in slots:   # de-duplicate role lists, keep order
        seen = []
        for r in s[0]:
            if r not in seen:
                seen.append(r)
        s[0] = seen
    return slots


def sb_slots(rng, size):
    depts = SB_DEPARTMENTS
    sizes = largest_remainder(size, [SB_DEPT_WEIGHT[d] for d in depts])
    # every department gets at least one person
    for i in range(len(sizes)):
        if sizes[i] == 0:
            j = max(range(len(sizes)), key=lambda k: (sizes[k], -k))
            sizes[j] -= 1
            sizes[i] += 1
    slots = []
    for dept, n in zip(depts, sizes):
        keys, fillers = SB_ROLES[dept]
        for i in range(n):
            if i < len(keys):
                role = keys[i]
            else:
                role = wchoice(rng, [r for r, _ in fillers], [w for _, w in fillers])
            slots.append([[role], dept])
    return slots


def make_name(rng, bg, gender):
    if bg == "ma":
        first = rng.choice(MA_F if gender == "f" else MA_M)
        last = rng.choice(MA_LAST)
    elif bg == "tr":
        first = rng.choice(TR_F if gender == "f" else TR_M)
        last = rng.choice(TR_LAST)
    elif bg == "sr":
        first = rng.choice(SR_F if gender == "f" else SR_M)
        last = rng.choice(SR_LAST if rng.random() < 0.7 else NL_LAST)
    elif bg == "int":
        origins = list(INT_NAMES)
        origin = wchoice(rng, origins, [INT_NAMES[o][3] for o in origins])
        fem, mal, lasts, _ = INT_NAMES[origin]
        return rng.choice(fem if gender == "f" else mal), rng.choice(lasts), origin
    else:
        first = rng.choice(NL_F if gender == "f" else NL_M)
        last = rng.choice(NL_LAST)
        if rng.random() < 0.03:      # some colleagues of Moroccan/Turkish descent with a Dutch first name, etc.
            last = rng.choice(MA_LAST + TR_LAST)
    return first, last, None


def email_local(first, last):
    f = re.sub(r"[^a-z0-9-]", "", ascii_fold(first).lower())
    l = re.sub(r"[^a-z0-9-]", "", ascii_fold(last).lower().replace(" ", ""))
    return f + "." + l


def build_people(rng, schools, sb, n_staff, n_sb):
    people = []
    used_email = {}
    sizes = largest_remainder(n_staff - n_sb, [s["weight"] * rng.uniform(0.85, 1.15) for s in schools])
    units = [(sc, school_slots(rng, sc, n)) for sc, n in zip(schools, sizes)] + [(sb, sb_slots(rng, n_sb))]
    for sc, slots in units:
        code = AREA_CODES.get(sc["city"], "033")
        n_digits = 10 - len(code)          # Dutch numbers have 10 digits including the area code
        sc["phone"] = "%s-%d" % (code, rng.randint(2 * 10 ** (n_digits - 1), 10 ** n_digits - 1))
        for roles, dept in slots:
            p = Person()
            p.school = sc
            p.roles = roles
            p.department = dept
            p.gender = "f" if rng.random() < (0.6 if sc["sb"] else 0.56) else "m"
            r = rng.random()
            primary = roles[0]
            if "intl" in sc["flags"]:
                bg = "int" if r < 0.6 else "nl"
            elif primary == "docent Engels" and rng.random() < 0.15:
                bg = "int"
            elif "tto" in sc["flags"] and primary.startswith("docent ") and rng.random() < 0.06:
                bg = "int"
            elif r < 0.80:
                bg = "nl"
            elif r < 0.86:
                bg = "ma"
            elif r < 0.91:
                bg = "tr"
            elif r < 0.96:
                bg = "sr"
            elif r < 0.985:
                bg = "int"
            else:
                bg = "nl"
            p.bg = bg
            p.first, p.last, p.origin_lang = make_name(rng, bg, p.gender)
            p.name = p.first + " " + p.last
            domain = ASSOCIATION_DOMAIN if sc["sb"] else sc["domain"]
            base = email_local(p.first, p.last)
            k = used_email.get(base + "@" + domain, 0) + 1
            used_email[base + "@" + domain] = k
            p.email = (base if k == 1 else "%s%d" % (base, k)) + "@" + domain
            r = rng.random()
            if r < 0.55:
                p.phone = "06-%08d" % rng.randint(10000000, 99999999)
            elif r < 0.85:
                p.phone = sc["phone"]
            else:
                p.phone = None
            if bg == "int":
                p.english = rng.random() < 0.9
            elif primary == "docent Engels":
                p.english = rng.random() < 0.7
            elif "TTO-coördinator" in roles:
                p.english = rng.random() < 0.6
            elif "tto" in sc["flags"] and primary.startswith("docent "):
                p.english = rng.random() < 0.1
            else:
                p.english = False
            sc["staff"].append(p)
            people.append(p)
    rng.shuffle(people)
    width = max(5, len(str(len(people))))
    for i, p in enumerate(people):
        p.pid = "p%0*d" % (width, i + 1)
    return people, width


# --------------------------------------------------------------------------
# ground truth
# --------------------------------------------------------------------------
INTEREST_DOCENT = [("formatief-evalueren", 3), ("differentiatie", 3), ("ai-in-onderwijs", 3),
                   ("digitale-geletterdheid", 2), ("hoogbegaafdheid", 2), ("dyslexie", 1), ("burgerschap", 2),
                   ("duurzaamheidsonderwijs", 2), ("internationalisering", 1.5), ("taalbeleid", 1.5),
                   ("rekenbeleid", 1), ("klassenmanagement", 2), ("welzijn-leerlingen", 2),
                   ("ouderbetrokkenheid", 1.5), ("steam-techniek", 1), ("kunst-cultuur", 1), ("sport-bewegen", 1),
                   ("mentoraat", 2), ("toetsbeleid", 2), ("onderwijsvernieuwing", 2), ("startende-docenten", 1.5),
                   ("professionalisering", 1), ("medezeggenschap", 1), ("lob", 1), ("sociale-veiligheid", 1),
                   ("nt2-nieuwkomers", 1), ("tto", 0.5), ("leermiddelen", 1.5), ("datagedreven-werken", 0.5),
                   ("passend-onderwijs", 1), ("duurzame-inzetbaarheid", 1), ("microsoft-365", 0.5),
                   ("avg-privacy", 0.4), ("informatiebeveiliging", 0.2), ("zij-instroom", 0.5)]
INTEREST_SCHOOL = [("bhv", 1), ("facilitaire-zaken", 1), ("microsoft-365", 2), ("avg-privacy", 1),
                   ("duurzame-inzetbaarheid", 1), ("communicatie", 1), ("ict-beheer", 1), ("leerlingadministratie", 1),
                   ("welzijn-leerlingen", 1), ("ouderbetrokkenheid", 1), ("ai-in-onderwijs", 1),
                   ("duurzaamheidsonderwijs", 1), ("kunst-cultuur", 0.5), ("sport-bewegen", 0.5)]
INTEREST_SB = [("ai-in-onderwijs", 2), ("duurzame-inzetbaarheid", 2), ("microsoft-365", 2), ("avg-privacy", 1),
               ("informatiebeveiliging", 1), ("communicatie", 1), ("duurzame-gebouwen", 1), ("medezeggenschap", 1),
               ("datagedreven-werken", 1), ("professionalisering", 1), ("begroting-financien", 0.5),
               ("inkoop-aanbesteding", 0.5)]


def role_topic_rules(role):
    """[(topic, p_assign, p_grade2, implied_by_role_text)] for one role string."""
    if role.startswith("docent "):
        subj = role[len("docent "):]
        vak, side, _ = SUBJECTS[subj]
        out = []
        if vak:
            out.append((vak, 1.0, 0.005, True))
        if side:
            if subj in ("NT2", "praktijkvakken", "rekenen"):
                out.append((side, 1.0, 0.2, True))
            else:
                out.append((side, 0.5, 0.03, False))
        return out
    if role.startswith("sectievoorzitter "):
        return [(SUBJECTS[role[len("sectievoorzitter "):]][0], 1.0, 0.2, True)]
    if role.startswith("teamleider") or role.startswith("afdelingsleider"):
        return [(t, pa, p2, False) for t, pa, p2 in ROLE_TOPICS["teamleider"]]
    return [(t, pa, p2, pa >= 0.9) for t, pa, p2 in ROLE_TOPICS.get(role, [])]


def assign_truth(rng, people):
    for p in people:
        cands = []
        for role in p.roles:
            for tid, pa, p2, implied in role_topic_rules(role):
                if rng.random() < pa:
                    g = 2 if rng.random() < p2 else 1
                    for c in cands:
                        if c["t"] == tid:
                            c["g"] = max(c["g"], g)
                            c["role"] = c["role"] or implied
                            break
                    else:
                        cands.append({"t": tid, "g": g, "role": implied, "src": "role", "via": role})
        if len(cands) > 3:
            order = sorted(range(len(cands)), key=lambda i: (-cands[i]["g"], -int(cands[i]["role"]), i))
            cands = [cands[i] for i in sorted(order[:3])]
        primary = p.roles[0]
        if p.is_sb():
            pool, p2_, p1_ = INTEREST_SB, 0.04, 0.15
        elif primary.startswith("docent "):
            pool, p2_, p1_ = INTEREST_DOCENT, 0.018, 0.2
        else:
            pool, p2_, p1_ = INTEREST_SCHOOL, 0.015, 0.12
        for grade, prob in ((2, p2_), (1, p1_)):
            if len(cands) < 3 and rng.random() < prob:
                have = [c["t"] for c in cands]
                opts = [(t, w) for t, w in pool if t not in have]
                tid = wchoice(rng, [t for t, _ in opts], [w for _, w in opts])
                cands.append({"t": tid, "g": grade, "role": False, "src": "interest", "via": None})
        for c in cands:
            c.update({"declared": False, "bio": False, "ws": None, "write": False, "docs": 0, "pres": False})
        p.topics = cands
        r = rng.random()
        if r < 0.25:
            p.vis = "public"
        elif r < 0.98:
            p.vis = "internal"
        else:
            p.vis = "hidden"
        p.omit_vis = p.vis == "internal" and rng.random() < 0.35
        p.no_declare = rng.random() < 0.22


# --------------------------------------------------------------------------
# workshops
# --------------------------------------------------------------------------
LOOPBAANWEEK = {2022: datetime.date(2022, 3, 14), 2023: datetime.date(2023, 3, 13),
                2024: datetime.date(2024, 3, 11), 2025: datetime.date(2025, 3, 17),
                2026: datetime.date(2026, 3, 16)}


def experts_by_topic(people, grade):
    out = {t["id"]: [] for t in TOPICS}
    for p in people:
        for c in p.topics:
            if c["g"] == grade:
                out[c["t"]].append(p)
    return out


def school_label(p, english=False):
    if p.is_sb():
        return "the Servicebureau" if english else "het Servicebureau"
    return p.school["name"]


def host_topic(p):
    """A topic that p's job itself is about (for job-shadowing days), or None."""
    for c in p.topics:
        v = c["via"]
        if c["g"] == 2 and c["role"] and v and not v.startswith(("docent ", "mentor", "MR-lid")):
            return c
    return None


def role_phrase(p):
    roles = [r for r in p.roles if r not in ("mentor", "MR-lid")]
    if len(roles) >= 2 and not roles[1].startswith("sectievoorzitter"):
        return roles[0] + " en " + roles[1]
    return roles[0]


def role_en(p):
    r = p.roles[0]
    if r.startswith("docent "):
        return a_an(SUBJECTS[r[len("docent "):]][2] + " teacher")
    if r in ROLE_EN:
        return a_an(ROLE_EN[r])
    return r


class TextMaker:
    """Fills templates with fresh random phrasings of a topic."""

    def __init__(self, rng):
        self.rng = rng
        self.used = []

    def reset(self):
        """Start a new text: generic templates are not repeated within one text."""
        self.used = []

    def pick(self, pool):
        fresh = [x for x in pool if x not in self.used]
        tpl = self.rng.choice(fresh or pool)
        self.used.append(tpl)
        return tpl

    def ctx(self, topic, school, d, **extra):
        rng = self.rng
        nl = topic["nl"]
        i = rng.randint(0, len(nl) - 1)
        j = (i + rng.randint(1, len(nl) - 1)) % len(nl)
        en = topic["en"]
        k = rng.randint(0, len(en) - 1)
        m = (k + rng.randint(1, len(en) - 1)) % len(en) if len(en) > 1 else k
        kw = split_article(nl[i])[1]
        ekw = en[k]
        c = {"akw": nl[i], "kw": kw, "Kw": cap(kw), "akw2": nl[j], "kw2": split_article(nl[j])[1],
             "label": topic["label"], "Label": cap(topic["label"]), "school": school,
             "year": d.year, "year1": d.year + 1, "year2": d.year + 2, "dept": topic["dept"] or SB_NAME,
             "month": MONTHS_NL[rng.randint(0, 11)], "date_nl": date_nl(d), "date_en": date_en(d),
             "ekw": ekw, "Ekw": cap(split_article(ekw)[1]), "ekw2": en[m], "elabel": topic["en_label"],
             "Elabel": cap(topic["en_label"])}
        d2 = d + datetime.timedelta(days=rng.randint(21, 70))
        c["date2_nl"] = date_nl(d2)
        c["date2_en"] = date_en(d2)
        c.update(extra)
        return c

    def fill(self, tpl, topic, base):
        c = self.ctx(topic, base["school"], base["_d"])
        for key in ("name", "names", "role", "n", "first", "since", "city", "ename"):
            if key in base:
                c[key] = base[key]
        return tpl.format(**c)

    def sentence_nl(self, topic, base, specific):
        rng = self.rng
        if specific and rng.random() < 0.5:
            return specific.pop()
        pool = GEN_NL + (GEN_NL_ORG if topic["cat"] == "org" else GEN_NL_EDU)
        return self.fill(self.pick(pool), topic, base)

    def sentence_en(self, topic, base, specific):
        rng = self.rng
        if specific and rng.random() < 0.5:
            return specific.pop()
        return self.fill(self.pick(GEN_EN), topic, base)


def build_workshops(rng, people, tm, scale):
    g2 = experts_by_topic(people, 2)
    per_year = max(4, round(30 * scale))
    workshops = []
    for year in sorted(LOOPBAANWEEK):
        cand = [t for t in TOPICS if g2[t["id"]] and (t["since"] is None or t["since"] <= year)]
        weights = [min(len(g2[t["id"]]), 12) ** 0.5 * (0.6 if t["cat"] == "vak" else 1.3) for t in cand]
        chosen = []
        while len(chosen) < per_year and cand:
            t = wchoice(rng, cand, weights)
            k = cand.index(t)
            cand.pop(k)
            weights.pop(k)
            chosen.append(t)
        for t in chosen:
            ex = g2[t["id"]]
            n_pres = 2 if len(ex) >= 2 and rng.random() < 0.3 else 1
            pres = []
            while len(pres) < n_pres:
                p = wchoice(rng, ex, [1.0 / (1 + 2 * q.presented) if q not in pres else 0.0 for q in ex])
                pres.append(p)
            for p in pres:
                p.presented += 1
                for c in p.topics:
                    if c["t"] == t["id"]:
                        c["pres"] = True
            d = LOOPBAANWEEK[year] + datetime.timedelta(days=rng.randint(0, 4))
            workshops.append({"topic": t, "presenters": pres, "participants": [], "date": d, "year": year,
                              "meeloop": False, "target": rng.randint(5, 25),
                              "event": "Loopbaanweek %d" % year})
        # a few job-shadowing days ("meeloopdagen") in autumn
        if year <= 2025:
            hosts = [p for p in people if not p.hosted and host_topic(p) is not None]
            for _ in range(max(1, round(3 * scale))):
                if not hosts:
                    break
                h = rng.choice(hosts)
                hosts.remove(h)
                h.hosted = True
                c = host_topic(h)
                c["pres"] = True
                d = random_date(rng, datetime.date(year, 10, 1), datetime.date(year, 11, 28))
                workshops.append({"topic": TOPIC_BY_ID[c["t"]], "presenters": [h], "participants": [], "date": d,
                                  "year": year, "meeloop": True, "target": rng.randint(2, 6),
                                  "event": "Meeloopdagen %d-%d" % (year, year + 1)})
    workshops.sort(key=lambda w: (w["date"], w["meeloop"]))
    for i, w in enumerate(workshops):
        w["id"] = "w%04d" % (i + 1)
    return workshops


def assign_evidence_modes(rng, people, workshops):
    by_topic = {}
    for w in workshops:
        by_topic.setdefault(w["topic"]["id"], []).append(w)
    for p in people:
        for c in p.topics:
            can_declare = not p.no_declare
            if c["g"] == 2:
                c["declared"] = can_declare and rng.random() < 0.75
                c["bio"] = rng.random() < 0.6
                continue
            c["declared"] = can_declare and rng.random() < 0.45
            c["bio"] = rng.random() < 0.35
            c["write"] = rng.random() < 0.22
            wss = by_topic.get(c["t"], [])
            if wss and rng.random() < 0.35:
                for _ in range(4):
                    w = rng.choice(wss)
                    cap_ = 6 if w["meeloop"] else 25
                    if len(w["participants"]) < cap_ and p not in w["presenters"] and p not in w["participants"]:
                        w["participants"].append(p)
                        c["ws"] = w["id"]
                        break
            if not (c["role"] or c["declared"] or c["bio"] or c["write"] or c["ws"]):
                opts = (["declared"] if can_declare else []) + ["bio", "write"]
                c[rng.choice(opts)] = True
    # top up with curious colleagues who know nothing (grade 0) about the topic
    for w in workshops:
        tid = w["topic"]["id"]
        home = w["presenters"][0].school["staff"]
        tries = 0
        while len(w["participants"]) < w["target"] and tries < 200:
            tries += 1
            p = rng.choice(home) if rng.random() < 0.3 else rng.choice(people)
            if p.grade(tid) == 0 and p not in w["presenters"] and p not in w["participants"]:
                w["participants"].append(p)


def workshop_record(rng, w, tm):
    t = w["topic"]
    pres = w["presenters"]
    p0 = pres[0]
    english = p0.english and rng.random() < 0.5 and not w["meeloop"]
    base = {"school": school_label(p0, english), "_d": w["date"], "n": w["target"] + rng.randint(0, 5)}
    tm.reset()
    specific = shuffled(rng, t["es"] if english else t["s"])
    if w["meeloop"]:
        via = [c["via"] for c in p0.topics if c["t"] == t["id"]][0] or p0.roles[0]
        if p0.is_sb():
            title = "Meelopen bij %s: %s" % (p0.department, via)
        else:
            title = "Meelopen met de %s van %s" % (via, p0.school["name"])
        c = tm.ctx(t, base["school"], w["date"])
        sents = ["Tijdens deze meeloopdag loop je een dag mee met %s, %s %s %s." % (
                     p0.name, via, "bij" if p0.is_sb() else "op", school_label(p0)),
                 "Je krijgt een kijkje in de keuken van %s." % c["akw"]]
        if specific:
            sents.append(specific.pop())
        sents.append("Aanmelden via de coördinator van de Loopbaanweek; er zijn maximaal %d plaatsen." % w["target"])
        location = "Servicebureau, %s" % SB_CITY if p0.is_sb() else "%s, %s" % (p0.school["name"], p0.school["city"])
        tags = ["meelopen", t["tags"][0]]
        return title, " ".join(sents), location, tags
    c = tm.ctx(t, base["school"], w["date"])
    if english:
        title = rng.choice(WS_TITLE_EN).format(**c)
        sents = [rng.choice(WS_OPEN_EN).format(**c)]
    else:
        title = rng.choice(t["ws"]) if rng.random() < 0.65 else cap(rng.choice(WS_TITLE_GENERIC_NL).format(**c))
        sents = [rng.choice(WS_OPEN_NL).format(**c)]
    for _ in range(rng.randint(1, 3)):
        if english:
            sents.append(tm.sentence_en(t, base, specific))
        else:
            sents.append(tm.sentence_nl(t, base, specific))
    if english:
        if len(pres) == 1:
            sents.append("%s works at %s as %s and is happy to share practical experience." % (
                p0.name, school_label(p0, True), role_en(p0)))
        else:
            sents.append("%s and %s share their experience from practice." % (pres[0].name, pres[1].name))
        if rng.random() < 0.6:
            sents.append(rng.choice(WS_CLOSE_EN))
    else:
        if len(pres) == 1:
            sents.append("%s is %s %s %s en deelt graag ervaringen uit de praktijk." % (
                p0.name, role_phrase(p0), "bij" if p0.is_sb() else "op", school_label(p0)))
        else:
            sents.append("%s (%s) en %s (%s) delen hun ervaringen uit de praktijk." % (
                pres[0].name, pres[0].roles[0], pres[1].name, pres[1].roles[0]))
        if rng.random() < 0.7:
            sents.append(rng.choice(WS_CLOSE_NL).format(**base))
    r = rng.random()
    if r < 0.15:
        location = "Online (Teams)"
    elif p0.is_sb():
        location = "Servicebureau, %s" % SB_CITY
    else:
        location = "%s, %s" % (p0.school["name"], p0.school["city"])
    tags = [t["tags"][0]] + ([rng.choice(t["tags"][1:])] if len(t["tags"]) > 1 and rng.random() < 0.6 else [])
    tags.append("loopbaanweek")
    return title, " ".join(sents[:6]), location, tags


# --------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------
DOC_YEAR_W = [(2019, 0.6), (2020, 0.8), (2021, 0.9), (2022, 1.0), (2023, 1.1), (2024, 1.2), (2025, 1.3), (2026, 0.55)]
EN_TOPIC = {"vak-engels": 0.5, "tto": 0.45, "internationalisering": 0.35, "informatiebeveiliging": 0.12,
            "ict-beheer": 0.1, "microsoft-365": 0.1, "ai-in-onderwijs": 0.1, "datagedreven-werken": 0.1}
GENERIC_TAGS = {"Nieuwsbrief": ["nieuwsbrief"], "Newsletter": ["nieuwsbrief"], "Personeelsnieuws": ["personeel"],
                "Jubileum": ["personeel", "jubileum"], "Afscheid": ["personeel"], "Welkom": ["personeel"],
                "Welcome": ["personeel"], "Terugblik": ["activiteiten"], "Sportdag": ["activiteiten"],
                "Kerstviering": ["activiteiten"], "Verslag": ["teamvergadering"], "Staff": ["teamvergadering"],
                "Agenda": ["teamvergadering"], "Vakantierooster": ["planning"], "Jaarkalender": ["planning"],
                "Parkeren": ["praktisch"], "Openingstijden": ["praktisch"], "Planning": ["planning"],
                "Programma": ["studiedag"]}


GENERIC_OPEN_NL = {
    "Personeelsnieuws": "Hierbij het personeelsnieuws van {month} {year}.",
    "Terugblik": "Wat een mooie dag was het!",
    "Sportdag": "De sportdag was dit jaar weer een groot succes, mede dankzij het mooie weer.",
    "Kerstviering": "Ook dit jaar vieren we samen kerst in de aula van {school}.",
    "Parkeren": "Er zijn regelmatig vragen over parkeren rond {school}.",
    "Openingstijden": "Hieronder staan de openingstijden van de kantine en de mediatheek.",
    "Planning": "Hieronder vindt u de planning van de activiteitenweek.",
    "Programma": "Hieronder vindt u het programma van de studiedag.",
}


def doc_date(rng, since=None):
    years = [y for y, _ in DOC_YEAR_W if since is None or y >= since]
    weights = [w for y, w in DOC_YEAR_W if since is None or y >= since]
    y = wchoice(rng, years, weights)
    return random_date(rng, datetime.date(y, 1, 1), min(datetime.date(y, 12, 31), TODAY))


def make_topical(rng, tm, topic, authors, mentions, kind, english, n_sent, rel_topic, d=None):
    lead = authors[0]
    d = d or doc_date(rng, topic["since"])
    tm.reset()
    others = [a.name for a in authors[1:] + mentions]
    base = {"school": school_label(lead, english), "_d": d, "name": lead.name, "role": lead.roles[0],
            "names": join_en(others or [lead.name]) if english else join_nl(others or [lead.name])}
    c = tm.ctx(topic, base["school"], d, name=base["name"], role=base["role"], names=base["names"])
    if english:
        title = cap(rng.choice(TITLE_EN[kind]).format(**c))
        head = [rng.choice(OPEN_EN[kind]).format(**c)]
        specific = shuffled(rng, topic["es"])
        closers = CLOSE_EN.get(kind, []) + CLOSE_EN["*"]
        steps_pool = STEPS_EN
        sent = tm.sentence_en
    else:
        title = cap(rng.choice(TITLE_NL[kind]).format(**c))
        head = [rng.choice(OPEN_NL[kind]).format(**c)]
        if kind == "verslag" and rng.random() < 0.7:
            head.append("Aanwezig: %s." % join_nl([a.name for a in authors + mentions]))
        specific = shuffled(rng, topic["s"])
        closers = CLOSE_NL.get(kind, []) + CLOSE_NL["*"]
        steps_pool = STEPS_NL
        sent = tm.sentence_nl
    closer = rng.choice(closers).format(**c) if rng.random() < 0.7 else None
    steps = []
    if kind == "werkinstructie":
        chosen = shuffled(rng, steps_pool)[:rng.randint(3, 5)]
        steps = [("Stap %d: " if not english else "Step %d: ") % (i + 1) + s.format(**c) for i, s in enumerate(chosen)]
    n_mid = max(1, n_sent - len(head) - len(steps) - (1 if closer else 0) - (1 if rel_topic is not None else 0))
    mids = [sent(topic, base, specific) for _ in range(n_mid)]
    if rel_topic is not None:
        rspec = shuffled(rng, rel_topic["es"] if english else rel_topic["s"])
        rs = (tm.sentence_en if english else tm.sentence_nl)(rel_topic, base, rspec)
        mids.insert(rng.randint(0, len(mids)), rs)
    body = " ".join(head + mids + steps + ([closer] if closer else []))
    tags = []
    if rng.random() < 0.9:
        tags.append(topic["tags"][0] if rng.random() < 0.6 else rng.choice(topic["tags"]))
        if rng.random() < 0.4:
            t2 = rng.choice(topic["tags"])
            if t2 not in tags:
                tags.append(t2)
        if rel_topic is not None and rng.random() < 0.3 and rel_topic["tags"][0] not in tags:
            tags.append(rel_topic["tags"][0])
    return {"title": title, "body": body, "kind": kind, "authors": list(authors), "mentions": list(mentions),
            "date": d, "tags": tags, "topic": topic["id"], "en": english}


def make_generic(rng, author, g2, people):
    sc = author.school
    english = ("intl" in sc["flags"] and rng.random() < 0.85) or (author.english and rng.random() < 0.3)
    d = doc_date(rng)
    titles = GENERIC_TITLES_EN if english else GENERIC_TITLES_NL
    kind, tpl, _ = wchoice(rng, titles, [w for _, _, w in titles])
    staff = sc["staff"]
    mentions = []
    jub = None
    if "{jname}" in tpl:
        jub = rng.choice(staff)
        if jub is not author:
            mentions.append(jub)
    ctx = {"short": SB_NAME if sc["sb"] else sc["short"], "week": d.isocalendar()[1], "month": MONTHS_NL[d.month - 1],
           "year": d.year, "year1": d.year + 1, "date_nl": date_nl(d), "date_en": date_en(d),
           "team": rng.choice(TEAMS), "school": school_label(author, english), "jname": jub.name if jub else ""}
    title = cap(tpl.format(**ctx))
    head = []
    first_word = title.split()[0].rstrip(":")
    k = rng.randint(5, 30)
    if english:
        head.append("This is the %s of %s." % ("newsletter" if kind == "nieuwsbericht" else "overview", ctx["school"]))
    elif first_word == "Jubileum":
        head += ["%s werkt al 25 jaar in het onderwijs, waarvan %d jaar op %s." % (jub.name, k, ctx["school"]),
                 "We feliciteren %s van harte!" % jub.first]
    elif first_word == "Afscheid":
        head += ["Na %d jaar neemt %s afscheid van %s." % (k, jub.name, ctx["school"]),
                 "We wensen %s alle goeds voor de toekomst." % jub.first]
    elif first_word == "Welkom":
        new = pick_distinct(rng, staff, rng.randint(2, 4), exclude=[author])
        mentions += [p for p in new if p not in mentions]
        head.append("Dit schooljaar verwelkomen we een aantal nieuwe collega's: %s." % join_nl([p.name for p in new]))
    elif first_word == "Nieuwsbrief":
        head.append("In deze nieuwsbrief leest u het laatste nieuws van %s." % ctx["school"])
    elif first_word == "Verslag":
        head.append("Verslag van de vergadering van %s." % ctx["date_nl"])
        absent = rng.choice(staff)
        if absent is not author and absent not in mentions:
            mentions.append(absent)
            head.append("Afwezig met bericht: %s." % absent.name)
    elif first_word == "Agenda":
        head.append("Agenda: opening, mededelingen, notulen van de vorige vergadering, ingekomen stukken en rondvraag.")
    elif first_word in ("Vakantierooster", "Jaarkalender"):
        head += ["Hieronder vindt u het overzicht voor het schooljaar %d-%d." % (d.year, d.year + 1),
                 "De herfstvakantie valt in week 43 en de kerstvakantie begint op vrijdagmiddag."]
    else:
        head.append(GENERIC_OPEN_NL.get(first_word, "Hierbij de belangrijkste informatie op een rij.").format(**ctx))
    fill_pool = GENERIC_FILL_EN if english else GENERIC_FILL_NL
    mids = shuffled(rng, fill_pool)[:rng.randint(2, 5)]
    if rng.random() < 0.75:
        for _ in range(rng.randint(1, 3)):
            t = rng.choice(TOPICS)
            ex = g2[t["id"]]
            local = [p for p in ex if p.school is sc]
            ename_p = rng.choice(local) if local and rng.random() < 0.6 else (rng.choice(ex) if ex else None)
            tpls = PASSING_EN if english else PASSING_NL
            if ename_p is None:
                tpls = [x for x in tpls if "{ename}" not in x]
            tpl2 = rng.choice(tpls)
            nl = rng.choice(t["nl"])
            c = {"akw": nl, "ekw": rng.choice(t["en"]), "n": rng.randint(3, 7),
                 "ename": ename_p.name if ename_p else "", "date2_nl": date_nl(d + datetime.timedelta(days=rng.randint(7, 40)))}
            mids.insert(rng.randint(0, len(mids)), tpl2.format(**c))
            if "{ename}" in tpl2 and ename_p is not author and ename_p not in mentions:
                mentions.append(ename_p)
    body = " ".join(head + mids)
    tags = list(GENERIC_TAGS.get(first_word, ["algemeen"]))
    return {"title": title, "body": body, "kind": kind, "authors": [author], "mentions": mentions[:4],
            "date": d, "tags": tags, "topic": None, "en": english}


def build_documents(rng, people, workshops, tm, scale, n_staff, width):
    g2 = experts_by_topic(people, 2)
    target = max(60, round(25000 * scale))
    n_generic = round(target * 0.27)
    n_only_unknown = 2 if scale < 0.5 else 3
    # grade-1 "wrote a little": either co-author an expert's document or write a small one of their own
    g1_writers = []
    for p in people:
        for c in p.topics:
            if c["g"] == 1 and c["write"]:
                g1_writers.append((p, c, rng.random() < 0.6))
    n_own = sum(1 for _, _, co in g1_writers if not co)
    n_topical = max(len(TOPICS), target - n_generic - n_own - n_only_unknown)
    pairs_by_topic = {t["id"]: [] for t in TOPICS}
    for p in people:
        for c in p.topics:
            if c["g"] != 2:
                continue
            if rng.random() < 0.08:
                w = 0.0      # an expert who does not write
            else:
                w = (0.2 + 1.6 * rng.random()) ** 2
                w *= 2.0 if p.is_sb() else 1.0
                w *= 1.3 if c["role"] else 1.0
                w *= 0.8 if c["src"] == "interest" else 1.0
            pairs_by_topic[c["t"]].append((p, c, w))
    active = [t for t in TOPICS if sum(w for _, _, w in pairs_by_topic[t["id"]]) > 0]
    tweights = [len(pairs_by_topic[t["id"]]) ** 0.5 * {"org": 1.2, "edu": 1.0, "vak": 0.6}[t["cat"]] for t in active]
    budgets = largest_remainder(n_topical, tweights) if active else []
    pairs = []
    counts = []
    for t, b in zip(active, budgets):
        lst = pairs_by_topic[t["id"]]
        pairs += [(p, c) for p, c, _ in lst]
        counts += largest_remainder(b, [w for _, _, w in lst])
    docs = []
    docs_by_topic = {t["id"]: [] for t in TOPICS}
    for (p, c), n in zip(pairs, counts):
        topic = TOPIC_BY_ID[c["t"]]
        ex = g2[c["t"]]
        same = [q for q in ex if q.school is p.school and q is not p]
        c["docs"] = n
        for _ in range(n):
            authors = [p]
            for prob in (0.3, 0.07):
                if rng.random() < prob and len(ex) > 1:
                    q = rng.choice(same) if same and rng.random() < 0.6 else rng.choice(ex)
                    if q not in authors:
                        authors.append(q)
            k = wchoice(rng, [0, 1, 2, 3], [45, 30, 17, 8])
            mentions = []
            for _ in range(k):
                q = rng.choice(ex) if rng.random() < 0.5 else rng.choice(p.school["staff"])
                if q not in authors and q not in mentions:
                    mentions.append(q)
            if p.english:
                english = rng.random() < 0.9
            else:
                english = rng.random() < EN_TOPIC.get(c["t"], 0.04)
            kinds = KIND_WEIGHTS[topic["cat"]]
            kind = wchoice(rng, [x for x, _ in kinds], [w for _, w in kinds])
            rel = None
            if topic["rel"] and rng.random() < 0.25:
                rel = TOPIC_BY_ID[rng.choice(topic["rel"])]
            doc = make_topical(rng, tm, topic, authors, mentions, kind, english, rng.randint(3, 11), rel)
            docs.append(doc)
            docs_by_topic[c["t"]].append(doc)
    for p, c, coauthor in g1_writers:
        cands = [d for d in docs_by_topic[c["t"]] if len(d["authors"]) < 3 and p not in d["authors"]]
        if coauthor and cands:
            rng.choice(cands)["authors"].append(p)
        else:
            topic = TOPIC_BY_ID[c["t"]]
            kind = rng.choice(["notitie", "verslag", "nieuwsbericht"])
            english = p.english and rng.random() < 0.5
            doc = make_topical(rng, tm, topic, [p], [], kind, english, rng.randint(3, 5), None)
            docs.append(doc)
            docs_by_topic[c["t"]].append(doc)
    # generic noise documents, mostly from a handful of very prolific writers
    cands = [p for p in people if p.roles[0] in ("managementassistent", "medewerker communicatie", "webredacteur")]
    cands.sort(key=lambda p: p.pid)
    n_prolific = max(3, round(20 * scale))
    prolific = shuffled(rng, cands)[:n_prolific]
    pw = [rng.uniform(1, 3) for _ in prolific]
    leaders = [p for p in people if p.roles[0].startswith(("teamleider", "afdelingsleider", "rector"))]
    for _ in range(n_generic):
        if prolific and rng.random() < 0.85:
            a = wchoice(rng, prolific, pw)
        else:
            a = rng.choice(leaders or people)
        docs.append(make_generic(rng, a, g2, people))
    # deliberately broken references: person ids that do not exist (former staff)
    unknown = ["p%0*d" % (width, n_staff + 1 + rng.randint(0, 40)) for _ in range(6)]
    uniq = []
    for u in unknown:
        if u not in uniq:
            uniq.append(u)
    unknown = uniq
    topical_docs = [d for d in docs if d["topic"] is not None]
    n_bad = max(3, round(10 * scale))
    for i in range(n_bad):
        d = rng.choice(topical_docs)
        u = unknown[i % len(unknown)]
        if i % 2 == 0:
            d["mentions"].append(u)
        else:
            d["authors"].append(u)
    for i in range(n_only_unknown):
        t = rng.choice([t for t in TOPICS if t["cat"] != "vak"])
        ghost = Person()
        ghost.pid = unknown[(i + 1) % len(unknown)]
        ghost.name = rng.choice(NL_F + NL_M) + " " + rng.choice(NL_LAST)
        ghost.roles = ["docent"]
        ghost.school = {"sb": False, "name": "Het Baken College", "staff": [], "flags": []}
        ghost.english = False
        d = make_topical(rng, tm, t, [ghost], [], "notitie", False, rng.randint(3, 6), None)
        d["authors"] = [ghost.pid]
        docs.append(d)
    if workshops:
        w = rng.choice(workshops)
        w["participants"].append(unknown[0])
    used = []
    for d in docs:
        for a in d["authors"] + d["mentions"]:
            if isinstance(a, str) and a not in used:
                used.append(a)
    for w in workshops:
        for a in w["participants"]:
            if isinstance(a, str) and a not in used:
                used.append(a)
    unknown = sorted(used)
    # order by date and number them
    order = sorted(range(len(docs)), key=lambda i: (docs[i]["date"], i))
    docs = [docs[i] for i in order]
    dwidth = max(6, len(str(len(docs))))
    for i, d in enumerate(docs):
        d["id"] = "d%0*d" % (dwidth, i + 1)
    return docs, unknown, docs_by_topic


# --------------------------------------------------------------------------
# profiles
# --------------------------------------------------------------------------
def build_profile(rng, p, tm):
    topics = p.topics
    expertise = []
    for c in topics:
        if c["declared"]:
            t = TOPIC_BY_ID[c["t"]]
            tag = t["tags"][0] if rng.random() < 0.45 else rng.choice(t["tags"])
            if tag not in expertise:
                expertise.append(tag)
    if not p.no_declare and rng.random() < 0.04:
        expertise.append(rng.choice(HOBBY_TAGS))
    bio_g2 = [c for c in topics if c["bio"] and c["g"] == 2]
    bio_g1 = [c for c in topics if c["bio"] and c["g"] == 1]
    # an expert with no other visible evidence says so in the bio
    for c in topics:
        if c["g"] == 2 and not (c["declared"] or c["bio"] or c["role"] or c["docs"] or c["pres"]):
            c["bio"] = True
            bio_g2.append(c)
    has_bio = bool(bio_g2 or bio_g1) or rng.random() < 0.85
    bio = None
    since = rng.randint(1995, 2024)

    def kw(t, english):
        """Bios use the label or one of the topic's main phrasings, not a random detail."""
        main = (t["en"] if english else t["nl"])[:4]
        if rng.random() < 0.4:
            return t["en_label"] if english else t["label"]
        return rng.choice(main)

    def topic_sentences(group, one, two, english):
        out = []
        ts = [TOPIC_BY_ID[c["t"]] for c in group]
        if len(ts) >= 2:
            a, b = ts[0], ts[1]
            out.append(rng.choice(two).format(akw=kw(a, False), bkw=kw(b, False), label=a["label"], blabel=b["label"],
                                              ekw=kw(a, True), bekw=kw(b, True)))
            ts = ts[2:]
        for t in ts:
            k1 = kw(t, english)
            k2 = kw(t, english)
            out.append(rng.choice(one).format(akw=k1, akw2=k2 if k2 != k1 else t["label"], label=t["label"],
                                              ekw=k1, elabel=t["en_label"]))
        return out

    if has_bio:
        if p.english:
            c0 = {"school": school_label(p, True), "role_en": role_en(p), "since": since, "dept": p.department}
            sents = [rng.choice(BIO_ROLE_SB_EN if p.is_sb() else BIO_ROLE_EN).format(**c0)]
            sents += topic_sentences(bio_g2, BIO_G2_EN, BIO_G2_TWO_EN, True)
            sents += topic_sentences(bio_g1, BIO_G1_EN, BIO_G1_TWO_EN, True)
            personal = PERSONAL_EN if p.bg == "int" else PERSONAL_EN[:1] + PERSONAL_EN[3:]
            if len(sents) < 3 and rng.random() < 0.3:
                sents.append(rng.choice(personal).format(since=since, city=p.school["city"]))
        else:
            c0 = {"school": school_label(p), "role": role_phrase(p), "since": since, "dept": p.department,
                  "first": p.first}
            sents = [rng.choice(BIO_ROLE_SB_NL if p.is_sb() else BIO_ROLE_NL).format(**c0)]
            sents += topic_sentences(bio_g2, BIO_G2_NL, BIO_G2_TWO_NL, False)
            sents += topic_sentences(bio_g1, BIO_G1_NL, BIO_G1_TWO_NL, False)
            if len(sents) < 3 and rng.random() < 0.3 and not sents[0].startswith(p.first + " is "):
                sents.append(rng.choice(PERSONAL_NL).format(city=p.school["city"]))
        bio = " ".join(sents)
    expert = any(c["g"] == 2 for c in topics)
    avail = []
    for opt, pe, po in (("meelopen", 0.35, 0.08), ("advies", 0.6, 0.12), ("workshop geven", 0.3, 0.03),
                        ("sparren", 0.5, 0.15)):
        if rng.random() < (pe if expert else po) or (opt == "workshop geven" and p.presented) or \
                (opt == "meelopen" and p.hosted):
            avail.append(opt)
    langs = ["nl"]
    primary = p.roles[0]
    if p.bg == "int" or p.english or primary in ("docent Engels",) or rng.random() < 0.7:
        langs.append("en")
    if primary == "docent Duits" or rng.random() < 0.06:
        langs.append("de")
    if primary == "docent Frans" or rng.random() < 0.05:
        langs.append("fr")
    if p.bg == "ma" and rng.random() < 0.5:
        langs.append("ar")
    if p.bg == "tr" and rng.random() < 0.5:
        langs.append("tr")
    if primary == "docent Spaans" or p.origin_lang == "es":
        langs.append("es")
    if p.origin_lang == "pl":
        langs.append("pl")
    if p.origin_lang in ("de", "fr") and p.origin_lang not in langs:
        langs.append(p.origin_lang)
    rec = {"id": p.pid, "name": p.name, "email": p.email}
    if p.phone:
        rec["phone"] = p.phone
    rec["school"] = SB_NAME if p.is_sb() else p.school["name"]
    rec["location"] = p.school["city"]
    rec["roles"] = list(p.roles)
    rec["department"] = p.department
    if expertise or rng.random() < 0.5:
        rec["expertise"] = expertise
    if bio:
        rec["bio"] = bio
    rec["languages"] = langs
    if avail:
        rec["available_for"] = avail
    if not p.omit_vis:
        rec["visibility"] = p.vis
    rec["updated"] = random_date(rng, datetime.date(2023, 6, 1), TODAY).isoformat()
    return rec


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
def dump_jsonl(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False))
            f.write("\n")


def ids(xs):
    return [x if isinstance(x, str) else x.pid for x in xs]


def generate(n, seed):
    """Build the whole corpus in memory; returns a dict of records and internal state."""
    rng = random.Random(seed)
    scale = n / float(DEFAULT_STAFF)
    n_schools = min(35, max(3, round(n / 200)))
    n_sb = max(12, round(n * 0.025))
    schools = choose_schools(rng, n_schools)
    sb = make_school((SB_NAME, SB_CITY, ASSOCIATION_DOMAIN, "", "", 0), sb=True)
    people, width = build_people(rng, schools, sb, n, n_sb)
    assign_truth(rng, people)
    tm = TextMaker(rng)
    workshops = build_workshops(rng, people, tm, scale)
    assign_evidence_modes(rng, people, workshops)
    docs, unknown, docs_by_topic = build_documents(rng, people, workshops, tm, scale, n, width)

    people_sorted = sorted(people, key=lambda q: q.pid)
    staff_recs = [build_profile(rng, p, tm) for p in people_sorted]
    ws_recs = []
    for w in workshops:
        title, desc, location, tags = workshop_record(rng, w, tm)
        ws_recs.append({"id": w["id"], "title": title, "description": desc, "presenters": ids(w["presenters"]),
                        "participants": ids(w["participants"]), "event": w["event"], "date": w["date"].isoformat(),
                        "location": location, "tags": tags})
    doc_recs = []
    for d in docs:
        num = d["id"][1:].lstrip("0") or "0"
        doc_recs.append({"id": d["id"], "title": d["title"], "body": d["body"], "kind": d["kind"],
                         "authors": ids(d["authors"]), "mentions": ids(d["mentions"]),
                         "url": "%s/%s/%s-%s" % (INTRANET, KIND_SECTION[d["kind"]], slugify(d["title"]), num),
                         "date": d["date"].isoformat(), "tags": d["tags"]})
    truth = []
    for p in people_sorted:
        ts = sorted(p.topics, key=lambda c: (-c["g"], TOPIC_INDEX[c["t"]]))
        truth.append({"person": p.pid, "visibility": p.vis, "topics": {c["t"]: c["g"] for c in ts}})

    g1 = experts_by_topic(people, 1)
    g2 = experts_by_topic(people, 2)
    ws_count = {}
    for w in workshops:
        ws_count[w["topic"]["id"]] = ws_count.get(w["topic"]["id"], 0) + 1
    bank = []
    for t in TOPICS:
        bank.append({"id": t["id"], "label": t["label"], "label_en": t["en_label"], "category": t["cat"],
                     "phrasings": t["nl"], "phrasings_en": t["en"], "tags": t["tags"],
                     "unused_synonyms": t["un"], "related": t["rel"], "sentences": t["s"], "sentences_en": t["es"],
                     "workshop_titles": t["ws"],
                     "counts": {"grade2": len(g2[t["id"]]), "grade1": len(g1[t["id"]]),
                                "grade2_visible": sum(1 for p in g2[t["id"]] if p.vis != "hidden"),
                                "documents": len(docs_by_topic[t["id"]]), "workshops": ws_count.get(t["id"], 0)}})
    meta = {"generator": "scripts/generate_sample_data.py", "format": "WieWeet ingest contract v1",
            "seed": seed, "staff": n, "today": TODAY.isoformat(), "association": ASSOCIATION,
            "schools": [{"name": s["name"], "location": s["city"], "levels": s["levels"], "staff": len(s["staff"])}
                        for s in schools] + [{"name": SB_NAME, "location": SB_CITY, "levels": "",
                                              "staff": len(sb["staff"])}],
            "servicebureau_departments": SB_DEPARTMENTS,
            "unknown_person_ids": unknown,
            "grades": {"2": "real expert", "1": "some knowledge", "0": "absent from truth"}}
    return {"people": people, "schools": schools, "sb": sb, "workshops": workshops, "docs": docs,
            "staff": staff_recs, "workshop_records": ws_recs, "documents": doc_recs, "truth": truth,
            "topics": {"meta": meta, "topics": bank}}


MEELOOP_TEMPLATES = [
    "ik wil een dag meelopen met een {role}",
    "meekijken bij een {role}",
    "Graag een dagdeel meelopen met de {role} van een andere school",
    "Ik zou graag eens zien hoe een {role} werkt",
    "meelopen met een {role}",
    "I would like to shadow a {role_en}",
]
MEELOOP_ROLES = [("rector", "principal"), ("zorgcoördinator", "student support coordinator"),
                 ("roostermaker", "timetabler"), ("decaan", "careers counsellor"),
                 ("examensecretaris", "exam secretary"), ("teamleider", "team leader"),
                 ("conciërge", "caretaker"), ("praktijkbegeleider", "work placement supervisor")]


def meeloop_requests(staff, seed, count=40):
    """Shadowing requests of the career week, from visible staff at the schools (not the service bureau)."""
    rng = random.Random(seed * 31 + 7)  # its own stream: adding requests changes no other file
    requesters = [p for p in staff if p.get("visibility", "internal") != "hidden" and p.get("school") != SB_NAME]
    schools = sorted({p["school"] for p in requesters})
    rows = []
    for _ in range(count):
        person = rng.choice(requesters)
        role, role_en = rng.choice(MEELOOP_ROLES)
        text = rng.choice(MEELOOP_TEMPLATES).format(role=role, role_en=role_en)
        preferred_school = rng.choice(schools) if rng.random() < 0.25 else ""
        if preferred_school == person["school"]:
            preferred_school = ""
        rows.append([person["id"], text, preferred_school, ""])
    # Two that cannot be matched, so the reasons show: nothing to look for, and an unknown colleague.
    rows.append([rng.choice(requesters)["id"], "ik wil graag een dag meelopen", "", ""])
    rows.append(["p99999", "meelopen met een rector", "", ""])
    return rows


def write_csv(path, header, rows):
    import csv
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate deterministic WieWeet sample data with ground truth.")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--staff", type=int, default=DEFAULT_STAFF, help="number of staff (default %(default)s)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    ap.add_argument("--quiet", action="store_true", help="no summary on stderr")
    args = ap.parse_args(argv)
    if args.staff < 50:
        ap.error("--staff must be at least 50")
    t0 = time.monotonic()
    r = generate(args.staff, args.seed)
    os.makedirs(args.out, exist_ok=True)
    dump_jsonl(os.path.join(args.out, "staff.jsonl"), r["staff"])
    dump_jsonl(os.path.join(args.out, "workshops.jsonl"), r["workshop_records"])
    dump_jsonl(os.path.join(args.out, "documents.jsonl"), r["documents"])
    dump_jsonl(os.path.join(args.out, "truth.jsonl"), r["truth"])
    with open(os.path.join(args.out, "topics.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(r["topics"], f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_csv(os.path.join(args.out, "meeloop_requests.csv"),
              ["requester_id", "request", "preferred_school", "preferred_role"],
              meeloop_requests(r["staff"], args.seed))
    if not args.quiet:
        people = r["people"]
        n_g2 = sum(1 for p in people if any(c["g"] == 2 for c in p.topics))
        n_any = sum(1 for p in people if p.topics)
        sys.stderr.write(
            "wrote %s: %d staff (%d schools + %s), %d workshops, %d documents (%d generic, %d English); "
            "grade 2 experts %.1f%%, any topic %.1f%%; %.1fs\n" % (
                args.out, len(people), len(r["schools"]), SB_NAME, len(r["workshop_records"]), len(r["docs"]),
                sum(1 for d in r["docs"] if d["topic"] is None), sum(1 for d in r["docs"] if d["en"]),
                100.0 * n_g2 / len(people), 100.0 * n_any / len(people), time.monotonic() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
