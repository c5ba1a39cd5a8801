/**
 * Questions typed in Indonesian or Malay (Bahasa) mixed with English, as Indonesian and Malaysian members
 * write ("berapa orang yg meninggal di banjir?", "siapa yg nyerang", "kapan mulainya", "kenapa pakistan sih",
 * "macam mana api tu boleh merebak"): read as the English they ask, word for word, with the question word put
 * in front ("how many people died in flood?"). The search reads words, not their order, so the gloss need not
 * be good English; English words, names and numbers pass as typed, and the answer is still a verbatim quote
 * of the article. Only a message with two or more words that only Bahasa uses ("berapa", "yg", "gak",
 * "udah", "kenapa") is read so.
 *
 * The same idea as tagalog.ts, kept small and on its own: a glossary of the forms members type (each verb
 * with its affixed and chat forms listed, "meninggal tewas terbunuh dibunuh"), not a grammar. A yes/no
 * question ("ISKP yg klaim gak?", "betul ke polis dah tangkap dia?") reads as one: "did ISKP claim?".
 */

/**
 * Bahasa words no English, Roman Urdu / Hindi, Bengali, Tagalog, Singlish, French, German or Dutch question
 * uses: two distinct ones make a message Bahasa. Left out, though common Bahasa, because other chat types
 * them too: "ke", "tak", "se", "ko", "ki" (Urdu "ke", "kab tak", "se"; Malay "ke" and "tak" still ask yes or
 * no once a message is Bahasa), "ga", "aja", "toh", "karna", "pada", "kata", "saat", "mana", "saya", "dia",
 * "anda", "ada", "lalu", "hari", "kalo", "punya" (Urdu "ho ga", "aja" come, "toh" then, "karna" to do, "pada"
 * fell, "kata" cut, "saat" seven, "mana" forbidden, "saya" shadow, "dia" gave, "anda" egg, "namaz ada ki",
 * Hindi "punya" merit; Lalu, Hari), "jadi", "mati", "kota" (Bengali "jodi" if, "mati" soil; the city Kota),
 * "sangat" (Punjabi, a congregation), "na", "ni", "kami", "kita", "lagi", "sama", "sana", "mula", "bilang",
 * "balik", "nya", "si" (Tagalog: "mula" from, "bilang" number, "sana" hopefully, "balik" return, "nya" his),
 * "lah", "kena", "boleh", "habis", "makan", "macam", "sia" (Singlish: "can lah", "kena arrest", "macam like
 * that"; "macam mana" still counts, as a phrase that asks), "de", "la", "je", "tu", "pas", "bile", "pun"
 * (French), "dan", "kan", "kok" (Dutch "then", "can", "cook"; Dan a name), "ape", "nape", "bom", "air",
 * "main", "lo", "ya", "kat", "org", "gw", "gk" (English words and chat, India's "GK"; Portuguese "bom"),
 * "masjid", "wafat", "maut", "wilayah", "dari" (Urdu; ISKP's "Wilayah Khorasan", the Dari language), the
 * names of countries as Dutch, German, Tagalog or Hindi spell them too ("irak", "amerika", "afganistan",
 * "yaman"), and "yang" spelled "Yang" (a name; "yang" and "yg" typed small count). "Bila" (when) counts only
 * opening a message: Urdu's "bila wajah" (without reason) comes with Urdu's own words. "Apa" is Urdu and
 * Bengali "elder sister" too, but it is Bahasa's "what", and no other marker is. They are all still glossed
 * once a message is Bahasa.
 */
const MARKERS = new Set(
  (
    'berapa brp brapa brpa berape brape berapakah siapa siapakah siape sape kapan kpn kapankah bilakah ' +
    'dimana dmn dmna dimanakah kemana kmn darimana drmn manakah kenapa knp knpa kenape knape mengapa ' +
    'ngapain gimana gmn gmna gimane bagaimana bgmn camne cmne camana macamana mcmana apa apakah apaan ' +
    'adakah bukankah benarkah betulkah yang yg ini itu tsb tersebut gak nggak ngga enggak engga tidak tdk ' +
    'bukan bkn takde tiada gada belum blm blom udah udh sudah sdh dah telah akan bakal masih msh pernah ' +
    'juga jg sih dong nih tuh lho wkwk wkwkwk wkwkwkwk bgt banget emang memang bener benar beneran betul ' +
    'mereka aku gue beliau orang orang2 warga korban korbannya meninggal meninggalnya tewas terbunuh ' +
    'dibunuh membunuh terluka cedera tercedera menyerang diserang nyerang serangan penyerangan mengklaim ' +
    'diklaim klaim ngaku mengaku mengakui pelaku pelakunya katanya berkata mengatakan cakap terjadi ' +
    'kejadian peristiwa berlaku mulai dimulai mulainya bermula ditubuhkan didirikan ledakan meledak ' +
    'letupan meletup pengeboman pengebom kelompok kumpulan pemerintah kerajaan tentara tentera polisi ' +
    'negara negeri tempat daerah kemarin kemaren semalam sekarang skrg tahun minggu sejak sebelum sesudah ' +
    'setelah selepas ketika dengan dgn untuk utk buat oleh tentang ttg dalam atau tapi tetapi karena krn ' +
    'sebab pasal kalau banyak byk bnyk ramai semua semuanya sahaja saja caranya adalah ialah merupakan ' +
    'serang pindah pilih memilih matlamat tujuan hubungan perjanjian damai sebenarnya sebetulnya masuk ' +
    'keluar tangkap ditangkap kalah menang cabang selain tekanan sekali berasal dalang gagal intelijen ' +
    'remaja lelaki perempuan relokasi bikin nangkep dateng bareng benci asalnya utama sebenernya nantang ' +
    'menantang mau sering sulit susah kesepakatan diwawancara diwawancarai mangsa dihantar pemilik pabrik ' +
    'pekerja karyawan gudang duluan kebakaran terbakar banjir gubernur penyebab punca penyelidikan ' +
    'siasatan tersangka ditahan pengungsi evakuasi dibawa rumah melawat gabenor lebih luka kepanjangan ' +
    'singkatan presiden milih waktu terbesar sebagai anggap menganggap nganggep dianggap aktif dicari ' +
    'udara suriah mesir'
  ).split(' '),
);

/**
 * Roman Urdu's, Bengali's and Tagalog's commonest words: a message with two of them is not Bahasa, whatever
 * else it holds ("kya", "hai"; "ache", "keno"; "ang", "mga", "po").
 */
const OTHER = new Set(
  (
    'hai hain kya kia tha thi hua hui nahi nahin mein kyun kyon kaise kitne kahan ka ki ko ne ' +
    'ache achhe keno kobe kothay koto hoyeche korse ' +
    'ang ng mga yung po ba sa nang naman'
  ).split(' '),
);

/**
 * Particles, fillers, the copula, aspect words and the speaker's own pronouns: how Bahasa frames a
 * question, not what it asks. "Ke", "tak", "gak", "belum" and "ada" are read apart (see bahasaAsEnglish):
 * they ask yes or no, or say "to", "not", "there is".
 */
const DROPPED = new Set(
  (
    'yang yg yng sih si sii dong donk nih tuh lho loh kok deh ya yah yaa yoi kan kah lah pun toh aja ajah ' +
    'saja sahaja je jer jek doang doank mah tu ni nya para sang gan agan bro sis min mimin kak kakak bang ' +
    'abang mas mbak mba pak bu om tante dik dek guys gaes gengs geng wkwk wkwkwk wkwkwkwk wkwkwk haha ' +
    'hahaha hehe hihi eh oh ah ahh oi woi weh wei tolong mohon coba cuba plis pliss please thx saya sy ' +
    'aku ak gue gw gua ane kamu km lu elo loe lo anda awak kau engkau jumlah sebenarnya sebetulnya ' +
    'sebenernya jadi jd terus trus trs nah nahh gitu begitu begini gini kayak kek macam mcm ' +
    // The copula, and the aspect words of what is done or not yet done: "udah ditangkap" asks as "ditangkap".
    'adalah ialah merupakan iaitu yaitu yakni emang memang mmg sudah udah udh sdh dah telah tlh sedang ' +
    'lagi tengah ' +
    // "Tau gak", "tahu tak", "ada yang tahu": asking whether the listener knows is asking.
    'tahu tau tao taukah'
  ).split(' '),
);

/** A glossary table: each line is Bahasa forms, a colon, and their English. */
function glossary(table: string): Array<[string, string]> {
  return table
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [forms = '', english = ''] = line.split(':');
      return forms
        .trim()
        .split(/\s+/)
        .map((form): [string, string] => [form, english.trim()]);
    });
}

/** People, places, things and what they are like: what a question asks about. */
const THINGS = `
    orang orang2 org jiwa manusia: people
    warga penduduk: residents
    korban korban2 mangsa: victims
    anak anak2: children
    remaja abg: teenage
    pemuda muda: young
    perempuan wanita cewek: women
    lelaki laki pria cowok: men
    keluarga: family
    ibu: mother
    ayah bapak: father
    saudara: brothers
    peziarah penziarah: pilgrims
    jemaah jamaah: worshippers
    pengunjung: visitors
    saksi: witness
    pelaku penyerang: attacker
    pengebom: bomber
    teroris pengganas: terrorists
    militan: militants
    pejuang: fighters
    anggota ahli: members
    pemimpin ketua: leader
    presiden: president
    menteri: minister
    pejabat pegawai: officials
    polisi polis: police
    tentara tentera militer: military
    pasukan: troops
    keamanan keselamatan: security
    intelijen perisikan: intelligence
    pemerintah kerajaan: government
    analis penganalisis pengamat pakar: analysts
    wartawan: reporter
    kelompok kumpulan golongan grup organisasi: group
    musuh: enemy
    sekutu: allies
    penyelamat: rescuers
    pemadam bomba: firefighters
    negara negeri: country
    kota bandar: city
    desa kampung: village
    daerah kawasan: region
    wilayah: territory
    ibukota: capital
    santo wali: saint
    kesepakatan: deals
    akhir: ultimate
    sulit susah: difficult
    sering: often
    provinsi: province
    perbatasan sempadan: border
    tempat lokasi: place
    masjid mesjid: mosque
    makam kuil dargah: shrine
    sekolah: school
    akademi: academy
    rumah: house
    pasar: market
    pabrik kilang: factory
    gudang: warehouse
    jembatan jambatan: bridge
    sungai: river
    bendungan empangan: dam
    serangan penyerangan: attack
    ledakan letupan: blast
    bom: bomb
    pengeboman: bombing
    kejadian peristiwa insiden: incident
    tragedi musibah bencana: disaster
    banjir: flood
    kebakaran api: fire
    gempa: earthquake
    perang: war
    pertempuran: fighting
    konflik: conflict
    kekerasan keganasan: violence
    terorisme: terrorism
    ancaman: threat
    tujuan matlamat: goal
    alasan: reason
    motif: motive
    pesan mesej: message
    taktik: tactics
    kekuatan kuasa: power
    kerusakan kerosakan: damage
    perdamaian damai: peace
    perjanjian: deal
    hubungan kaitan: ties
    dukungan sokongan: support
    bantuan: help
    berita: news
    laporan: report
    pernyataan kenyataan: statement
    nama: name
    umur usia: age
    cara caranya: way
    operasi: operations
    pemilik: owner
    pekerja buruh karyawan kakitangan: workers
    gubernur gabenor: governor
    bupati: regent
    walikota: mayor
    kepala: head
    direktur pengarah: director
    perusahaan syarikat: company
    gedung bangunan: building
    lantai tingkat: floor
    tekstil: textile
    listrik elektrik: electricity
    korsleting: short circuit
    asap: smoke
    hujan: rain
    angin: wind
    longsor: landslide
    evakuasi pemindahan: evacuation
    pengungsi pelarian: evacuees
    sumbangan: donations
    pampasan: compensation
    penyebab punca: cause
    penyelidikan siasatan: investigation
    tersangka suspek: suspect
    pengadilan mahkamah: court
    penjara: prison
    fokus: focus
    utama: main
    pusat: central
    strategi: strategy
    ideologi: ideology
    ekstremis: extremists
    sektarian: sectarian
    separatis: separatists
    koalisi: coalition
    syiah: Shia
    ulama: clergy
    kelemahan celah: vulnerabilities
    kesempatan peluang: opportunity
    perhatian: attention
    pengaruh: influence
    kehadiran: presence
    populer: popular
    aktif: active
    terbesar: largest
    asal asalnya: emerged
    cabang: branches
    tekanan: pressure
    banget bgt sangat amat: very
    irak: Iraq
    suriah: Syria
    afganistan: Afghanistan
    amerika: America
    eropa: Europe
    afrika: Africa
    mesir: Egypt
    yaman: Yemen
    rusia: Russia
    bahaya berbahaya: dangerous
    besar: big
    kecil: small
    penting: important
    kuat: strong
    lemah: weak
    baru: new
    benar bener beneran betul btl: true
    salah: wrong
  `;

/**
 * Doing: each verb with its affixed and chat forms ("me-" does, "di-" done to, "ter-" came to be, "-kan"),
 * glossed in the past, as the articles tell what was done.
 */
const VERBS = `
    meninggal meninggal2 tewas mati mampus gugur terkorban wafat maut: died
    kematian: deaths
    bunuh membunuh dibunuh terbunuh ngebunuh bunuhnya tewasin newasin menewaskan: killed
    pembunuhan: killing
    luka terluka luka2 cedera tercedera mencederakan: injured
    serang menyerang nyerang diserang menyerbu diserbu nyerbu: attacked
    meledak meletup meletus mengebom ngebom dibom meledakkan diledakkan: exploded
    klaim mengklaim diklaim ngeklaim ngaku mengaku mengakui diakui: claimed
    bilang kata berkata mengatakan katanya ngomong cakap bercakap: said
    menyatakan nyatakan dikatakan menyebut disebut: said
    terjadi berlaku: happened
    mulai mula dimulai memulai mulainya bermula bermulanya: started
    berdiri didirikan ditubuhkan dibentuk terbentuk: founded
    muncul: emerged
    pindah berpindah memindahkan dipindahkan relokasi merelokasi: relocated
    datang dateng: came
    bikin membuat dibuat: made
    benci membenci: hate
    marah: angry
    takut: afraid
    kabur lari melarikan: fled
    tangkap ditangkap menangkap nangkap nangkep tangkep ketangkep ketangkap: arrested
    selamat diselamatkan menyelamatkan: rescued
    hilang: missing
    hancur dihancurkan rusak rosak musnah: destroyed
    kalah: lost
    menang: won
    kehilangan: lost
    menguasai dikuasai nguasain merebut direbut: took over
    ambil mengambil diambil: took
    punya mempunyai memiliki: have
    hantar dihantar menghantar: taken
    selametin nyelametin: rescued
    ditahan menahan: detained
    diselidiki menyelidiki disiasat menyiasat: investigated
    dipenjara: jailed
    dibayar membayar: paid
    wawancara diwawancara diwawancarai: told
    beroperasi: active
    tembus menembus ditembus: penetrate
    tantang menantang nantang: challenging
    ingin pengen pingin hendak: want
    dukung mendukung didukung menyokong disokong: backed
    gabung bergabung: joined
    bersekutu: partnered
    menari: dancing
    bernyanyi: chanting
    lakukan melakukan dilakukan ngelakuin: did
    meningkat bertambah naik: increased
    berubah: changed
    gagal: failed
    berhasil: succeeded
    melemahkan: weaken
    bantu membantu dibantu: helped
    kirim mengirim dikirim: sent
    pakai memakai menggunakan guna: used
    mendapat dapet: got
    cari mencari nyari dicari: searching
    anggap menganggap nganggep dianggap: considered
    balik: back
    lihat melihat liat: saw
    berasal: originate
    menghentikan mencegah: stop
    memprovokasi: provoked
    ancam mengancam: threatened
    menargetkan sasaran: target
    merebak menyebar: spread
    padam dipadamkan: extinguished
    mengungsi dievakuasi: evacuated
    terbakar dibakar membakar: burned
    runtuh roboh: collapsed
    dalang otak: mastermind
    bertanggungjawab tanggungjawab: responsible
    masuk memasuki: entered
    keluar: left
    pilih memilih milih dipilih: chose
    halang menghalang dihalang: stop
    dibawa: taken
    kena terkena: hit
    lawat melawat dilawat mengunjungi dikunjungi: visited
    dibawa2: involved
  `;

/**
 * Words and their English. Words English spells the same ("bank", "main", "air", "jam", "data") are left
 * as typed: in a mixed message they are more likely the English word.
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // Question words. "Apa" opening a statement can ask yes or no (see bahasaAsEnglish).
  ...glossary(`
    berapa brp brapa brpa berape brape berapakah: how many
    siapa siapakah siape sape sapa: who
    kapan kpn kapankah bilakah bila bile bilo: when
    dimana dmn dmna dimanakah manakah kemana kmn kemanakah: where
    darimana drmn dmana: where from
    kenapa knp knpa kenape knape napa mengapa mengapakah ngapa ngapain apasal: why
    gimana gmn gmna gimane bagaimana bgmn bagaimanakah camne cmne camana macamana mcmana: how
    apa apaan apakah ape: what
    mana: which
  `),
  // Pronouns, pointers, amounts.
  ...glossary(`
    dia ia beliau doi: he
    mereka dorang diorang depa: they
    kami kita: we
    ini inilah: this
    itu itulah tsb tersebut: that
    sini: here
    situ sana: there
    semua smua semuanya seluruh sekalian: all
    banyak byk bnyk ramai: many
    beberapa: several
    sedikit sikit dikit: few
    lebih lbh: more
    paling: most
    kurang: less
    sekitar kira-kira lebih-kurang: about
    hampir: almost
    cuma cuman hanya: only
    lain: other
    satu: one
    pertama duluan: first
    terakhir: last
    angka: number
    total: total
  `),
  // Linking words, negation, time and measure: "di" is "in" and "dengan" is "with" as the English needs;
  // both are only stop words to the search.
  ...glossary(`
    di d: in
    kat: at
    dari dr daripada drpd: from
    kepada kpd: to
    dengan dgn sama bersama bareng: with
    untuk utk buat bwt: for
    oleh: by
    tentang ttg mengenai soal pasal: about
    antara: between
    melawan lawan terhadap: against
    dalam: inside
    luar: outside
    dekat dkt: near
    dan: and
    atau ato atw: or
    tapi tp tetapi namun: but
    karena krn karna kerana sebab: because
    kalau kalo klo kalu jika: if
    atas: on
    sebagai: as
    selain: besides
    tidak tdk gak nggak ngga enggak engga ndak gk ga tak x bukan bkn bkan jangan jgn: not
    belum blm blom blum: not yet
    tiada takde tkde gada gaada: no
    pernah: ever
    akan bakal bakalan nak mau mao: will
    bisa bs dapat dpt mampu boleh: can
    masih msh: still
    juga jg jga: also
    kembali: again
    sekarang skrg skg skrang kini: now
    kemarin kemaren kmrn semalam: yesterday
    tadi: earlier
    dulu dahulu: before
    nanti: later
    besok esok: tomorrow
    tahun thn taun: year
    bulan bln: month
    minggu: week
    hari: day
    senin isnin: Monday
    selasa: Tuesday
    rabu: Wednesday
    kamis khamis: Thursday
    jumat jumaat: Friday
    sabtu: Saturday
    ahad: Sunday
    januari: January
    februari: February
    maret mac: March
    mei: May
    juni jun: June
    juli julai: July
    agustus ogos: August
    oktober: October
    desember disember: December
    waktu wktu masa: time
    ketika saat pas semasa: during
    sejak sjk semenjak: since
    sampai sampe hingga: until
    sebelum sblm: before
    sesudah setelah stlh selepas lepas: after
    lalu: ago
    awal: start
  `),
  ...glossary(THINGS),
  ...glossary(VERBS),
]);

/**
 * Phrases read before single words, on the words as typed: "bom bunuh diri" is one thing, and "ke mana" and
 * "macam mana" ask where and how. A phrase glossed "" frames a yes/no question ("bener gak", "ke tak").
 */
const PHRASES: ReadonlyMap<string, string> = new Map(
  (
    [
      [['ada berapa', 'berapa banyak', 'berapa ramai', 'brp banyak', 'berapa byk'], 'how many'],
      [['berapa lama', 'brp lama', 'berapa lamanya'], 'how long'],
      [
        ['umur berapa', 'umurnya berapa', 'usia berapa', 'usianya berapa', 'berapa umur', 'berapa usia'],
        'how old',
      ],
      [['umur brp', 'usia brp', 'brp umur', 'berapa umurnya', 'berapa usianya'], 'how old'],
      [['tahun berapa', 'thn berapa', 'tahun brp', 'thn brp'], 'what year'],
      [['jam berapa', 'pukul berapa', 'jam brp'], 'what time'],
      [
        ['sejak kapan', 'dari kapan', 'mulai kapan', 'sejak bila', 'semenjak bila', 'dari bila'],
        'since when',
      ],
      [['sampai kapan', 'hingga kapan', 'sampai bila', 'sampe kapan'], 'until when'],
      [
        ['di mana', 'di mane', 'kat mana', 'kat mane', 'dekat mana', 'dkt mana', 'ke mana', 'ke mane'],
        'where',
      ],
      [['dari mana', 'dr mana', 'dari mane'], 'where from'],
      [['yang mana', 'yg mana', 'mana satu', 'yang mane'], 'which'],
      [
        ['macam mana', 'mcm mana', 'macam mane', 'mcm mane', 'kayak gimana', 'seperti apa', 'kyk gimana'],
        'how',
      ],
      [['apa itu', 'apa tu', 'apakah itu', 'apa ni', 'apa ini'], 'what is'],
      [['mau ngapain', 'pengen ngapain', 'lagi ngapain', 'ngapain aja'], 'what doing'],
      [
        [
          'tak dapat',
          'tidak dapat',
          'tidak bisa',
          'gak bisa',
          'ga bisa',
          'nggak bisa',
          'tak boleh',
          'tak mampu',
        ],
        'fail to',
      ],
      [
        ['apa artinya', 'apa arti', 'apa maksud', 'apa maksudnya', 'maksudnya apa', 'artinya apa'],
        'meaning of',
      ],
      [
        ['apa kepanjangan', 'kepanjangan dari', 'kepanjangannya', 'singkatan dari', 'apa singkatan'],
        'meaning of',
      ],
      [
        ['ada apa', 'apa yang terjadi', 'apa yg terjadi', 'apa yang berlaku', 'apa yg berlaku'],
        'what happened',
      ],
      [['ada apa dengan', 'ada apa dgn', 'kenapa dengan', 'knp dgn', 'kenapa dgn'], 'what about'],
      [['kenapa bisa', 'knp bisa', 'kok bisa', 'kenapa boleh', 'camne boleh', 'macam mana boleh'], 'why'],
      [
        ['sebab apa', 'apa sebab', 'apa sebabnya', 'sebabnya apa', 'pasal apa', 'apa pasal', 'apa alasan'],
        'why',
      ],
      [['untuk apa', 'utk apa', 'buat apa', 'apa tujuan', 'tujuannya apa', 'apa tujuannya'], 'what goal'],
      // "Yang buat", "buat serangan": Malay's "did" ("siapa yang buat"), not Indonesian's "for".
      [
        ['yang buat', 'yg buat', 'yang melakukan', 'yg melakukan', 'yang lakukan', 'yg lakuin'],
        'carried out',
      ],
      [['buat serangan', 'melakukan serangan', 'lakukan serangan'], 'carried out attack'],
      [['ada yang', 'ada yg', 'ade yang', 'ade yg', 'ada orang'], 'anyone'],
      [['gimana caranya', 'bagaimana caranya', 'gmn caranya', 'macam mana caranya', 'camne caranya'], 'how'],
      [['bom bunuh diri', 'bom bunuh dirinya'], 'suicide bomb'],
      [
        ['pelaku bom bunuh diri', 'pengebom bunuh diri', 'pelaku bunuh diri', 'penyerang bunuh diri'],
        'suicide bomber',
      ],
      [['meledakkan diri', 'meledakkan dirinya', 'meletupkan diri', 'ledakin diri'], 'blew himself up'],
      [['bunuh diri'], 'suicide'],
      [['serangan udara', 'serangan dari udara', 'serangan2 udara'], 'airstrikes'],
      [['ambil alih', 'mengambil alih', 'diambil alih', 'ngambil alih'], 'took over'],
      [['ke berapa', 'keberapa', 'yang ke berapa', 'yg ke berapa'], 'which'],
      [['bertanggung jawab', 'tanggung jawab', 'bertanggungjawab', 'tanggungjawab'], 'responsible'],
      [['negara islam', 'daulah islamiyah', 'negara islam khorasan'], 'Islamic State'],
      [['amerika serikat', 'amerika syarikat'], 'United States'],
      [['timur tengah', 'asia barat'], 'Middle East'],
      [['afrika utara'], 'North Africa'],
      [['afrika barat'], 'West Africa'],
      [['tahun lalu', 'tahun lepas', 'thn lalu', 'tahun kemarin'], 'last year'],
      [['minggu lalu', 'minggu lepas', 'minggu kemarin'], 'last week'],
      [['bulan lalu', 'bulan lepas'], 'last month'],
      [['rumah sakit', 'rumah sakitnya'], 'hospital'],
      [['ibu negara', 'ibunegara'], 'capital'],
      [['berapa jumlah', 'brp jumlah', 'jumlah berapa'], 'how many'],
      [['kehilangan wilayah', 'kehilangan daerah', 'hilang wilayah', 'kalah wilayah'], 'lost ground'],
      [['orang suci'], 'saint'],
      [['ibu kota', 'ibukota'], 'capital'],
      [['tempat suci', 'tempat ziarah', 'makam suci'], 'shrine'],
      [['rumah ibadah', 'tempat ibadah', 'rumah ibadat'], 'place of worship'],
      [['lebih dari', 'lebih daripada', 'lbh dari'], 'more than'],
      [['paling sedikit', 'sekurang-kurangnya', 'sekurangnya', 'setidaknya', 'sedikitnya'], 'at least'],
      [['tidak ada', 'gak ada', 'ga ada', 'nggak ada', 'ngga ada', 'tak ada', 'gk ada'], 'no'],
      [['orang tua', 'ortu'], 'parents'],
      // "Korban luka" (the injured), "korban tewas" (the dead): the victims are what the verb says.
      [['korban luka', 'korban luka2', 'korban cedera', 'mangsa cedera', 'korban terluka'], 'injured'],
      [
        ['korban tewas', 'korban meninggal', 'korban jiwa', 'korban mati', 'mangsa maut', 'korban nyawa'],
        'died',
      ],
      [['meninggal dunia'], 'died'],
      [['anak muda', 'anak remaja'], 'teenage'],
      [['pemadam kebakaran', 'bomba dan penyelamat'], 'firefighters'],
      [['ada kaitan', 'ada hubungan', 'terlibat'], 'involved'],
      // A yes/no question's frame: "bener gak ...", "apa benar ...", "... atau tidak", "betul ke ...".
      [
        [
          'apa benar',
          'apa bener',
          'apa betul',
          'apakah benar',
          'apakah bener',
          'apakah betul',
          'emang bener',
        ],
        '',
      ],
      [
        [
          'bener gak',
          'bener ga',
          'bener nggak',
          'bener gk',
          'benar tidak',
          'benar gak',
          'betul ke',
          'betul tak',
        ],
        '',
      ],
      [
        ['atau tidak', 'atau nggak', 'atau gak', 'ato gak', 'atau ga', 'apa gak', 'apa nggak', 'apa tidak'],
        '',
      ],
      [
        ['ke tak', 'ke tidak', 'ke idak', 'atau belum', 'apa belum', 'ke belum', 'atau bukan', 'ke bukan'],
        '',
      ],
      [['ya gak', 'ya nggak', 'ya kan', 'kan ya', 'bukan sih'], ''],
      // "Ada yang tahu", "tau gak": asking whether anyone knows is asking.
      [['ada yang tahu', 'ada yg tau', 'ada yang tau', 'ada yg tahu', 'tau gak', 'tahu tak', 'tahu gak'], ''],
      [['tau nggak', 'tau ga', 'tau ngga', 'tahu tidak', 'tahu ke'], ''],
    ] as const
  ).flatMap(([forms, english]) => forms.map((form): [string, string] => [form, english])),
);
const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((phrase) => phrase.split(' ').length));

/** The phrases that frame a yes/no question, as opposed to "ada yang tahu" (empty, and asking nothing). */
const YES_NO_PHRASE =
  /^(?:apa(?:kah)? b|emang b|bene?a?r |betul |atau |ato |apa (?:gak|nggak|tidak|belum)|ke |ya |kan |bukan )/;

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|which|when|where|why|since when|until when)\b/;

/** An English question's first word: such a message needs a third marker ("who is Yang Li, in Bali?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/** A word in capitals ("IS", "ISKP"): a name, in a message not typed all in capitals. */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Closing words that ask yes or no ("ISKP yg klaim gak?", "dah tangkap ke?", "korban ada tak?"). */
const YES_NO_CLOSING = new Set(
  'gak ga gk nggak ngga enggak engga tidak tdk tak x belum blm blom ke kah kan ya bukan bkn'.split(' '),
);

/** Words that ask yes or no wherever they stand ("apakah ISKP yang klaim", "adakah polis tahu"). */
const YES_NO_ASKING = new Set('apakah adakah bukankah benarkah betulkah bnrkah'.split(' '));

/**
 * Words that ask yes or no opening a question ("emang dia pelakunya?", "masa sih ISKP?"), and elsewhere are
 * only stress ("memang") or are glossed ("masa", time).
 */
const YES_NO_OPENING = new Set('emang memang mmg masa'.split(' '));

/** Words that say "there is": dropped, but a yes/no question with one asks "is" ("ada korban gak?"). */
const THERE_IS = new Set(['ada', 'ade', 'adanya', 'terdapat']);

/** Past forms the gloss gives, and the forms "did" asks with ("did ISKP claim"). */
const BASE_FORMS: ReadonlyMap<string, string> = new Map(
  (
    'died:die killed:kill injured:injure attacked:attack exploded:explode claimed:claim said:say ' +
    'happened:happen started:start founded:found emerged:emerge relocated:relocate came:come fled:flee ' +
    'arrested:arrest rescued:rescue destroyed:destroy captured:capture took:take took_over:take_over ' +
    'taken:take told:tell visited:visit supported:support joined:join partnered:partner backed:back ' +
    'made:make increased:increase changed:change failed:fail succeeded:succeed helped:help sent:send ' +
    'used:use got:get saw:see did:do lost:lose won:win provoked:provoke threatened:threaten spread:spread ' +
    'burned:burn collapsed:collapse evacuated:evacuate detained:detain investigated:investigate ' +
    'jailed:jail paid:pay extinguished:extinguish carried_out:carry_out chose:choose entered:enter'
  )
    .split(' ')
    .map((pair): [string, string] => pair.replace(/_/g, ' ').split(':') as [string, string]),
);

/** The English of things ("attack", "shrine"): a question word keeps its thing ("berapa serangan"). */
const THING_GLOSSES = new Set(glossary(THINGS).map(([, english]) => english));

/** The English of doing ("died", "started"): "baru" before one is "only then", not "new". */
const VERB_GLOSSES = new Set(glossary(VERBS).map(([, english]) => english));

/** Modal words the gloss gives: a yes/no question with one asks by it ("will ISKP attack again?"). */
const MODALS = new Set(['will', 'can']);

/**
 * The words of a message as typed, without the punctuation around them ("banjir?" is "banjir"); a word
 * said twice with a hyphen ("korban-korban", "luka-luka") is the word once, as it is with a "2" after it.
 */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '')
    .map((word) => {
      const halves = word.split('-');
      return halves.length === 2 && halves[0]!.toLowerCase() === halves[1]!.toLowerCase() ? halves[0]! : word;
    });
}

/** Is the message typed all in capitals (so capitals say nothing of names)? */
function isShouting(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

/**
 * A word's English: as listed, or its stem's once a "-nya" (its, the), "-kah" (asking), "-lah" or "-pun"
 * (stress), or a "2" (many) is cut ("korbannya", "siapakah", "orang2"); none for a word the glossary lacks.
 */
function glossOf(word: string): string | undefined {
  const listed = WORDS.get(word);
  if (listed !== undefined) return listed;
  const stem = /^(\p{L}{3,}?)(?:nya|kah|lah|pun|2)$/u.exec(word)?.[1];
  return stem === undefined ? undefined : WORDS.get(stem);
}

/** Does the glossary know the word (as a word, a dropped particle or a stem with its ending)? */
function known(word: string): boolean {
  return glossOf(word) !== undefined || DROPPED.has(word) || THERE_IS.has(word);
}

/** The English the glossary gives one word ("serangan": "attack"), as typed inside an English question. */
export function bahasaWordGloss(word: string): string | undefined {
  return glossOf(word.toLowerCase());
}

/** Is the word one the glossary reads ("meninggal", "yg")? In a Bahasa message it is no English slip. */
export function isBahasaWord(word: string): boolean {
  const lower = word.toLowerCase();
  return known(lower) || MARKERS.has(lower);
}

/** The phrase starting at a word, as its English and the number of words it takes; none when none starts. */
function phraseAt(words: readonly string[], start: number): [string, number] | undefined {
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length >= 2; length--) {
    const english = PHRASES.get(words.slice(start, start + length).join(' '));
    if (english !== undefined) return [english, length];
  }
  return undefined;
}

/**
 * Is the message Indonesian or Malay? It holds two distinct Bahasa marker words (three when it opens as an
 * English question and no Bahasa word asks); the words of a phrase that asks ("macam mana", "ke mana") count
 * too. A word in capitals does not count unless all is in capitals ("Yang" counts neither: a name), and a
 * message with two of Roman Urdu's, Bengali's or Tagalog's commonest words is not Bahasa.
 */
export function isBahasa(text: string): boolean {
  const shouting = isShouting(text);
  const typed = wordsOf(text).filter((word) => shouting || !ACRONYM.test(word));
  const words = typed.map((word) => word.toLowerCase());
  if (new Set(words.filter((word) => OTHER.has(word))).size >= 2) return false;
  const counted = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const phrase = phraseAt(words, i);
    if (phrase !== undefined && QUESTION_WORD.test(phrase[0]))
      for (const part of words.slice(i, i + phrase[1])) counted.add(part);
    if (MARKERS.has(word) && !(typed[i] === 'Yang' && !shouting)) counted.add(word);
    // A word the glossary knows with "-nya" ("korbannya", "pelakunya"), and "bila" opening ("bila dia
    // mula?"; Urdu's "bila wajah" comes with Urdu's own words).
    else if (/^\p{L}{3,}nya$/u.test(word) && glossOf(word) !== undefined) counted.add(word);
    else if (i === 0 && /^(?:bila|bile)$/.test(word)) counted.add(word);
  }
  const englishOpening =
    ENGLISH_OPENING.test(text) && !words.some((word) => QUESTION_WORD.test(glossOf(word) ?? ''));
  return counted.size >= (englishOpening ? 3 : 2);
}

/** A glossed piece of the message, and whether it is English given by the glossary (not a word as typed). */
interface Piece {
  text: string;
  glossed: boolean;
}

/** Things the phrases give ("rumah sakit" is "hospital"). */
const THING_PHRASES = new Set([
  'suicide bomb',
  'suicide bomber',
  'suicide',
  'Islamic State',
  'United States',
  'Middle East',
  'North Africa',
  'West Africa',
  'hospital',
  'capital',
  'shrine',
  'place of worship',
  'parents',
  'teenage',
  'firefighters',
  'saint',
]);

/** Is the piece a thing asked of: a glossed thing, or a word as typed ("attacks", "Pakistan")? */
function isThing(piece: Piece | undefined): boolean {
  return (
    piece !== undefined &&
    (piece.glossed ? THING_GLOSSES.has(piece.text) || THING_PHRASES.has(piece.text) : true)
  );
}

/**
 * The question word, taken out of the pieces with the thing it asks of, to be put in front: "berapa" with
 * the thing or deed after it ("ISKP klaim berapa serangan" is "how many attack ISKP claimed", "polisi bilang
 * berapa yg meninggal" is "how many died police said"), "apa" or "mana" with the thing before it ("kota
 * mana" is "which city"), as English counts and picks.
 */
function askedWithThing(pieces: Piece[], asked: number): Piece[] {
  const word = pieces[asked]!.text;
  const after = pieces[asked + 1];
  if (
    /^how (?:many|much)$/.test(word) &&
    (isThing(after) || (after?.glossed === true && VERB_GLOSSES.has(after.text)))
  )
    return pieces.splice(asked, 2);
  if (/^(?:what|which)$/.test(word) && asked > 0 && isThing(pieces[asked - 1])) {
    const [thing, question] = pieces.splice(asked - 1, 2);
    return [question!, thing!];
  }
  return pieces.splice(asked, 1);
}

/**
 * The English gloss of an Indonesian or Malay message, word for word with the question word first ("berapa
 * orang yg meninggal di banjir?" is "how many people died in flood?"), a yes/no question opened with "did",
 * "will", "can" or "is" ("polisi udah nangkap pelakunya belum?" is "did police arrest attacker?"); any other
 * text unchanged. Words the glossary lacks (English, names, numbers) are kept as typed, and so is a word in
 * capitals in a message not all in capitals ("IS", "ISKP"). Punctuation is dropped, all but a closing "?".
 */
export function bahasaAsEnglish(text: string): string {
  if (!isBahasa(text)) return text;
  const shouting = isShouting(text);
  const name = (word: string) => !shouting && ACRONYM.test(word);
  const typed = wordsOf(text);
  const words = typed.map((word) => (name(word) ? word : word.toLowerCase()));
  const pieces: Piece[] = [];
  let yesNo = false;
  let thereIs = false;
  for (let i = 0; i < words.length;) {
    const word = words[i]!;
    const spelt = typed[i]!;
    const phrase = name(spelt) ? undefined : phraseAt(words, i);
    if (phrase !== undefined) {
      const [english, length] = phrase;
      if (english !== '') pieces.push({ text: english, glossed: true });
      else if (YES_NO_PHRASE.test(`${words.slice(i, i + length).join(' ')} `)) yesNo = true;
      i += length;
      continue;
    }
    i++;
    const next = words[i];
    const closing = i === words.length || (next !== undefined && /^(?:yang|yg|tak|belum|blm)$/.test(next));
    if (name(spelt)) pieces.push({ text: spelt, glossed: false });
    // "Apakah", "benarkah" anywhere, and "emang" or "masa" opening: yes or no ("emang dia pelakunya?").
    else if (YES_NO_ASKING.has(word) || (YES_NO_OPENING.has(word) && pieces.length === 0)) yesNo = true;
    // A closing "gak", "tak", "belum", "ke" ("dah tangkap ke?", "ISKP ke yang buat?") asks yes or no;
    // elsewhere "gak" is "not" and "ke" is "to".
    else if (YES_NO_CLOSING.has(word) && closing && pieces.length > 0) yesNo = true;
    else if (word === 'ke') pieces.push({ text: 'to', glossed: true });
    // "Ada": "there is", dropped; a yes/no question asks "is" by it.
    else if (THERE_IS.has(word)) thereIs = true;
    // "Baru" before a verb is "only then" ("berapa lama baru padam"): it says nothing searched.
    else if (word === 'baru' && VERB_GLOSSES.has(glossOf(next ?? '') ?? '')) continue;
    // "Itu" before a question word only points at the topic ("ISKP itu apa?").
    else if (/^(?:itu|ini)$/.test(word) && QUESTION_WORD.test(glossOf(next ?? '') ?? '')) continue;
    else if (DROPPED.has(word)) continue;
    else {
      const english = glossOf(word);
      pieces.push(english === undefined ? { text: spelt, glossed: false } : { text: english, glossed: true });
    }
  }
  if (pieces.length === 0) return text;
  const end = /\?\s*$/.test(text) ? '?' : '';
  // "Umur saksi itu berapa": the age asked apart from its "berapa" is "how old", as it is side by side.
  const age = pieces.findIndex((piece) => piece.glossed && piece.text === 'age');
  const many = pieces.findIndex((piece) => piece.glossed && piece.text === 'how many');
  if (age >= 0 && many >= 0) {
    pieces[many] = { text: 'how old', glossed: true };
    pieces.splice(age, 1);
  }
  // "Apa" opening a statement about someone ("apa ISKP menyerang masjid?") asks yes or no, not "what".
  if (
    pieces[0]?.text === 'what' &&
    /^(?:apa|apa2)$/.test(words[0] ?? '') &&
    pieces.length > 2 &&
    (name(typed[1] ?? '') || /^(?:dia|mereka|polisi|polis|pemerintah|kerajaan)$/.test(words[1] ?? '')) &&
    pieces.some((piece) => piece.glossed && BASE_FORMS.has(piece.text))
  ) {
    pieces.shift();
    yesNo = true;
  }
  // The first question word asked, put in front. Only a glossed one: an English "what" typed stays where it
  // is, so that the same message in capitals ("WHAT", not glossed) reads the same.
  const asked = pieces.findIndex((piece) => piece.glossed && QUESTION_WORD.test(piece.text));
  if (asked >= 0) pieces.unshift(...askedWithThing(pieces, asked));
  // "Apa nama masjid itu", "siapa nama pelakunya": the name asked, as English asks it ("what is the name of
  // mosque"), so that the answer must name one.
  const named = pieces.findIndex((piece) => piece.glossed && piece.text === 'name');
  if (named >= 0 && (asked < 0 || /^(?:what|who|which)$/.test(pieces[0]!.text))) {
    const rest = pieces
      .filter(
        (piece, i) =>
          i !== named &&
          !(piece.glossed && QUESTION_WORD.test(piece.text)) &&
          !(piece.glossed && /^(?:that|this|in|of)$/.test(piece.text)),
      )
      .map((piece) => piece.text);
    return `what is the name of ${rest.join(' ')}${end}`;
  }
  // A yes/no question ("ISKP yg klaim gak?"): "will" or "can" when one is glossed, else "did" with a past
  // verb's base form, else "is". It needs a tag ("gak?", "bener gak", "apakah") or a verb asked of with a
  // question mark: "korbannya?" only names a topic.
  const verb = pieces.findIndex((piece) => piece.glossed && BASE_FORMS.has(piece.text));
  const modal = pieces.findIndex((piece) => piece.glossed && MODALS.has(piece.text));
  // An English question word typed ("what sih yg terjadi?") asks already.
  const typedAsks = pieces.some((piece) => !piece.glossed && QUESTION_WORD.test(piece.text.toLowerCase()));
  if (asked < 0 && !typedAsks && (yesNo || (end === '?' && (verb >= 0 || modal >= 0 || thereIs)))) {
    if (modal >= 0) {
      const [will] = pieces.splice(modal, 1);
      const moved = pieces.findIndex((piece) => piece.glossed && BASE_FORMS.has(piece.text));
      if (moved >= 0) pieces[moved] = { text: BASE_FORMS.get(pieces[moved]!.text)!, glossed: true };
      pieces.unshift(will!);
    } else if (verb >= 0 && !thereIs) {
      pieces[verb] = { text: BASE_FORMS.get(pieces[verb]!.text)!, glossed: true };
      pieces.unshift({ text: 'did', glossed: true });
    } else pieces.unshift({ text: 'is', glossed: true });
  }
  return pieces.map((piece) => piece.text).join(' ') + end;
}
