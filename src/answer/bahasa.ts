/**
 * Questions typed in Indonesian or Malay (Bahasa) mixed with English, as Indonesian and Malaysian members
 * write ("berapa orang yg meninggal di banjir?", "siapa yg nyerang", "kapan mulainya", "kenapa pakistan sih",
 * "macam mana api tu boleh merebak"): read as the English they ask, word for word, with the question word put
 * in front ("how many people died in flood?"). The search reads words, not their order, so the gloss need not
 * be good English; English words, names and numbers pass as typed, numbers in words are written in figures
 * ("lima puluh dua" is "52"), and the answer is still a verbatim quote of the article.
 *
 * A message is read so when it holds two words that only Bahasa uses ("berapa", "yg", "gak", "udah",
 * "kenapa", "diserang"), or one of them among Bahasa's small words ("di", "ke", "dari", "dan", "ada", "mana",
 * "ya"), or mostly words the glossary knows; a short message with a strong question word alone ("siapa dylan
 * o'driscoll?", "kapan iskp mulai?") is read so too. A message with Roman Urdu's, Bengali's, Tagalog's,
 * Spanish's or Portuguese's commonest words is not.
 *
 * The same idea as tagalog.ts, kept on its own: a glossary of the forms members type, not a grammar. Verbs are
 * listed by their roots, and their affixed and chat forms made from them ("serang": "menyerang", "diserang",
 * "nyerang", "serangan", "penyerang", "penyerangan"). A yes/no question ("ISKP yg klaim gak?", "betul ke
 * polis dah tangkap dia?") reads as one: "did ISKP claim?".
 */

import { ACRONYM, glossary, isShouting, withoutEdges } from './glossary-table.js';

/**
 * Bahasa words no English, Roman Urdu / Hindi, Bengali, Tagalog, Singlish, Spanish, Portuguese, French,
 * German or Dutch question uses: two distinct ones make a message Bahasa (and so do the affixed forms of the
 * verbs, see ROOTS). Left out, though common Bahasa, because other chat types them too: "ke", "tak", "se",
 * "ko", "ki" (Urdu "ke", "kab tak", "se"; Malay "ke" and "tak" still ask yes or no once a message is Bahasa),
 * "ga", "aja", "toh", "karna", "pada", "kata", "saat", "mana", "saya", "dia", "anda", "ada", "lalu", "hari",
 * "kalo", "punya" (Urdu "ho ga", "aja" come, "toh" then, "karna" to do, "pada" fell, "kata" cut, "saat"
 * seven, "mana" forbidden, "saya" shadow, "dia" gave, "anda" egg, "namaz ada ki", Hindi "punya" merit; Lalu,
 * Hari), "jadi", "mati", "kota" (Bengali "jodi" if, "mati" soil; the city Kota), "sangat" (Punjabi, a
 * congregation), "na", "ni", "kami", "kita", "lagi", "sama", "sana", "mula", "bilang", "balik", "nya", "si"
 * (Tagalog: "mula" from, "bilang" number, "sana" hopefully, "balik" return, "nya" his), "lah", "kena",
 * "boleh", "habis", "makan", "macam", "sia", "jaga", "suka" (Singlish: "can lah", "kena arrest", "macam like
 * that"; "macam mana" still counts, as a phrase that asks), "de", "la", "je", "tu", "pas", "bile", "pun"
 * (French), "dan", "kan", "kok" (Dutch "then", "can", "cook"; Dan a name), "ape", "nape", "bom", "air",
 * "main", "lo", "ya", "kat", "org", "gw", "gk" (English words and chat, India's "GK"; Portuguese "bom"), "mau",
 * "muda", "lama", "pasar" (Portuguese "bad", "changes", "mud"; Spanish "to pass"), "masjid", "wafat", "maut",
 * "wilayah", "dari", "hukum", "hasil", "kabar", "jawab", "daftar", "aman", "adil", "salah" (Urdu; ISKP's
 * "Wilayah Khorasan", the Dari language), the names of countries as Dutch, German, Tagalog or Hindi spell
 * them too ("irak", "amerika", "afganistan", "yaman"), and "yang" spelled "Yang" (a name; "yang" and "yg" typed
 * small count). "Bila" (when) counts only opening a message: Urdu's "bila wajah" (without reason) comes with
 * Urdu's own words. "Apa" is Urdu and Bengali "elder sister" too, but it is Bahasa's "what", and no other
 * marker is. They are all still glossed once a message is Bahasa.
 */
const MARKERS = new Set(
  (
    'berapa brp brapa brpa berape brape berapakah siapa siapakah siape sape kapan kpn kapankah bilakah ' +
    'dimana dmn dmna dimanakah kemana kmn darimana drmn manakah kenapa knp knpa kenape knape mengapa ' +
    'ngapain gimana gmn gmna gimane bagaimana bgmn bagaimanakah camne cmne camana macamana mcmana apa ' +
    'apakah apaan adakah bukankah benarkah betulkah seberapa yang yg ini itu tsb tersebut gak nggak ngga ' +
    'enggak engga kagak tidak tdk bukan bkn takde tiada gada belum blm blom udah udh sudah sdh dah telah ' +
    'akan bakal masih msh pernah juga jg sih dong nih tuh lho wkwk wkwkwk wkwkwkwk bgt banget emang ' +
    'memang bener benar beneran betul mereka aku gue beliau orang orang2 warga korban korbannya ' +
    'meninggal meninggalnya tewas terbunuh dibunuh membunuh terluka cedera tercedera menyerang diserang ' +
    'nyerang serangan penyerangan mengklaim diklaim klaim ngaku mengaku mengakui pelaku pelakunya katanya ' +
    'berkata mengatakan cakap terjadi kejadian peristiwa berlaku mulai dimulai mulainya bermula ' +
    'ditubuhkan didirikan ledakan meledak letupan meletup pengeboman pengebom kelompok kumpulan ' +
    'pemerintah kerajaan tentara tentera polisi negara negeri tempat daerah kemarin kemaren semalam ' +
    'sekarang skrg tahun minggu sejak sebelum sesudah setelah selepas ketika dengan dgn untuk utk buat ' +
    'oleh tentang ttg dalam atau tapi tetapi karena krn sebab pasal kalau banyak byk bnyk ramai semua ' +
    'semuanya sahaja saja caranya adalah ialah merupakan serang pindah pilih memilih matlamat tujuan ' +
    'hubungan perjanjian damai sebenarnya sebetulnya masuk keluar tangkap ditangkap kalah menang cabang ' +
    'selain tekanan sekali berasal dalang gagal intelijen remaja lelaki perempuan relokasi bikin nangkep ' +
    'dateng bareng benci asalnya utama sebenernya nantang menantang sering sulit susah kesepakatan ' +
    'diwawancara diwawancarai mangsa dihantar pemilik pabrik pekerja karyawan gudang duluan kebakaran ' +
    'terbakar banjir gubernur penyebab punca penyelidikan siasatan tersangka ditahan pengungsi evakuasi ' +
    'dibawa rumah melawat gabenor lebih luka kepanjangan singkatan presiden milih waktu terbesar sebagai ' +
    'anggap menganggap nganggep dianggap aktif dicari udara suriah mesir ' +
    // Linking and framing words, chat spellings, amounts and numbers.
    'bisa harus hanya cuma cuman seperti kayak kyk sekitar hampir seorang sebuah beberapa berbagai ' +
    'seluruh selama hingga sampai kemudian sedang antara kepada kpd daripada drpd mengenai terhadap ' +
    'lewat melalui menurut bagi setiap tiap nanti besok kini dulu tadi doang kayaknya emangnya ' +
    'gapapa gpp nggk gimanakah knapa kenape mengapakah dimanakah sekalian bersama ' +
    'empat tujuh delapan sembilan sepuluh sebelas belas puluh ratus ribu seratus seribu puluhan ratusan ' +
    'ribuan ' +
    // Things and deeds of news and everyday talk.
    'pasukan keamanan pejabat menteri pemimpin ketua anggota wartawan desa kampung wilayahnya ' +
    'perbatasan sempadan serangan2 korban2 laporan berita pernyataan kenyataan penduduk masyarakat ' +
    'rakyat senjata peledak teroris pengganas militan pejuang pemberontak kekerasan keganasan ' +
    'kebijakan pembunuhan kematian luka2 cedera peziarah jemaah jamaah pengunjung keluarga ' +
    'sekolah jembatan jambatan gedung bangunan kantor pejabat sungai bandara pelabuhan kendaraan ' +
    'perusahaan syarikat pekerjaan penjara pengadilan mahkamah negara2 kerugian kerusakan ' +
    'kerosakan bencana musibah gempa longsor hujan angin cuaca'
  ).split(' '),
);

/**
 * Bahasa's small words: prepositions, pointers, particles and framing words. Common Bahasa, but typed by
 * other chat too ("di", "ke", "ya", "mana"): three of them with one marker make a message Bahasa ("ISKP nyerang
 * di mana aja?"); they never make one alone.
 */
const SMALL = new Set(
  (
    'di ke dari dan ada apa mana sih ya aja kan pun nya tu ni je dah tak nak kat la kok kah saja sama pada ' +
    'kata saat lagi juga yang yg ini itu atau dengan dgn untuk utk udah si para tuh nih dong mau bisa ' +
    'dia ia kami kita kalian mereka sini situ sana nanti jadi buat oleh lalu terus sudah belum tidak gak ' +
    'ga kalo kalau apakah bagaimana siapa berapa kapan kenapa'
  ).split(' '),
);

/**
 * Strong question words: a short message with one of them is Bahasa ("siapa dylan o'driscoll?", "kapan iskp
 * mulai?"), unless it also holds an English word that frames a question ("what does kenapa mean").
 */
const ASKERS = new Set(
  (
    'berapa brp brapa berapakah siapa siapakah sape kapan kapankah bilakah dimana dimanakah kemana ' +
    'darimana kenapa knp knapa kenape mengapa ngapain gimana gmn bagaimana bagaimanakah camne macamana ' +
    'seberapa'
  ).split(' '),
);

/** The English words that frame a question: a short message with one of them is no Bahasa question. */
const ENGLISH_FRAME = new Set(
  'the a an is are was were do does did mean means meaning what who how why when where which of in on to'.split(
    ' ',
  ),
);

/**
 * Roman Urdu's, Hindi's, Bengali's and Tagalog's commonest words: a message with two of them is not Bahasa,
 * whatever else it holds ("kya", "hai"; "ache", "keno"; "ang", "mga", "po").
 */
const OTHER = new Set(
  (
    'hai hain kya kia tha thi thay hua hui hue huay nahi nahin nai mein kyun kyon kyu kaise kaisay ' +
    'kitne kitna kitni kahan kaha ka ki ko ne se pe bhi aur kaun kon kab kis kisne kisi yeh woh wo ' +
    'raha rahe rahi gaye gayi diya liya kar karo kiya log logon wala wale abhi sab ' +
    'ache achhe keno kobe kothay koto hoyeche korse jon geche bolse niye kore hobe eta ota ei ami ' +
    'tumi amar kintu kivabe kokhon keu kara koyjon hoy hoise gelo laglo ' +
    'ang ng mga yung po ba sa nang naman ano sino saan bakit paano kailan ilan lang talaga daw nila ' +
    'niya siya sya nasa'
  ).split(' '),
);

/**
 * Spanish's and Portuguese's commonest words: a message with two of them is not Bahasa ("cuántos murieron
 * en el ataque", "quem atacou a mesquita").
 */
const ROMANCE = new Set(
  (
    'que qué el los las del por con como cómo cuantos cuántos cuantas cuántas quantos quantas quem ' +
    'quien quién donde dónde onde fue foi son são está esta estão não nao muy quando cuando porque ' +
    'también tambem também en um uma una un la lo no es é pelo pela hubo houve'
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
    'hahaha hehe hihi eh oh ah ahh oi woi weh wei tolong mohon plis pliss please thx saya sy ' +
    'aku ak gue gw gua ane kamu km lu elo loe lo anda awak kau engkau jumlah sebenarnya sebetulnya ' +
    'sebenernya jadi jd terus trus trs nah nahh gitu begitu begini gini kayak kek kyk macam mcm seperti ' +
    'kayaknya sepertinya rasanya katanya gapapa gpp ' +
    // The copula, and the aspect words of what is done or not yet done: "udah ditangkap" asks as "ditangkap".
    'adalah ialah merupakan iaitu yaitu yakni emang memang mmg emangnya sudah udah udh sdh dah telah tlh ' +
    'sedang lagi lg lgi tgh tngh pd ' +
    // Chat's stress and feeling words: "emg", "kyknya", "mungkin", "sumpah", "waduh".
    'bgitu emg kykny kyknya mungkin mgkn mngkn pasti psti tentu sumpah anjir anjay waduh astaga ' +
    'innalillahi aj tros makanya soalnya la kasian kasihan intinya pokoknya btw ' +
    // "Tau gak", "tahu tak", "ada yang tahu": asking whether the listener knows is asking.
    'tahu tau tao taukah'
  ).split(' '),
);

/** People, places, things and what they are like: what a question asks about. */
const THINGS = `
    orang orang2 org jiwa manusia: people
    warga penduduk rakyat: residents
    masyarakat: community
    publik umum: public
    korban korban2 mangsa: victims
    anak anak2: children
    bayi: baby
    remaja abg: teenage
    pemuda muda: young
    dewasa: adult
    lansia: elderly
    perempuan wanita cewek: women
    lelaki laki pria cowok: men
    keluarga: family
    ibu: mother
    ayah bapak: father
    istri isteri: wife
    suami: husband
    saudara: brothers
    adik: sibling
    teman kawan sahabat: friend
    tetangga jiran: neighbours
    tokoh: figure
    peziarah penziarah: pilgrims
    jemaah jamaah umat: worshippers
    pengunjung: visitors
    turis wisatawan pelancong: tourists
    saksi: witness
    pelaku penyerang: attacker
    pengebom: bomber
    teroris pengganas: terrorists
    militan: militants
    pejuang: fighters
    pemberontak: rebels
    simpatisan: sympathizers
    anggota ahli: members
    pemimpin ketua: leader
    komandan panglima: commander
    jenderal jeneral: general
    prajurit serdadu askar: soldiers
    presiden: president
    menteri: minister
    wakil: deputy
    pejabat pegawai: officials
    petugas: officers
    polisi polis: police
    tentara tentera militer: military
    pasukan: troops
    aparat: authorities
    otoritas pihak berwenang: authorities
    keamanan keselamatan: security
    intelijen perisikan: intelligence
    intel: intelligence
    agen: agents
    pemerintah kerajaan: government
    rezim: regime
    oposisi pembangkang: opposition
    partai parti: party
    parlemen parlimen: parliament
    dewan majelis: council
    pemilu pemilihan pilkada: election
    politik: politics
    kebijakan: policy
    undang-undang: law
    hukum: law
    hakim: judge
    jaksa pendakwa: prosecutor
    pengacara peguam: lawyer
    analis penganalisis pengamat pakar: analysts
    ahli: members
    peneliti penyelidik: researcher
    wartawan jurnalis pemberita: reporter
    jurubicara jurucakap jubir: spokesman
    nasib: fate
    cerita kisah: story
    dokter doktor: doctor
    perawat jururawat: nurse
    pasien pesakit: patients
    guru cikgu: teacher
    murid siswa pelajar mahasiswa: students
    petani: farmers
    nelayan: fishermen
    sopir supir pemandu: driver
    relawan sukarelawan: volunteers
    aktivis: activists
    imigran pendatang: migrants
    sandera tebusan: hostages
    tahanan banduan: prisoners
    kelompok kumpulan golongan grup organisasi: group
    jaringan rangkaian: network
    sel: cell
    faksi puak: faction
    sekte mazhab aliran: sect
    gerakan pergerakan: movement
    lembaga institut: institute
    badan agensi: agency
    kantor jabatan: office
    kedutaan: embassy
    duta dubes: ambassador
    musuh: enemy
    sekutu: allies
    penyelamat: rescuers
    pemadam bomba: firefighters
    negara negeri: country
    bangsa: nation
    dunia: world
    internasional antarabangsa: international
    nasional: national
    lokal tempatan: local
    asing: foreign
    kota bandar: city
    desa kampung: village
    daerah kawasan: region
    wilayah: territory
    provinsi: province
    distrik: district
    ibukota: capital
    perbatasan sempadan: border
    tempat lokasi: place
    jalan jalanan: road
    utara: north
    selatan: south
    timur: east
    barat: west
    pusat: central
    pinggir: outskirts
    gunung: mountain
    laut: sea
    pantai: coast
    pulau: island
    sungai: river
    danau tasik: lake
    hutan: forest
    gurun padang: desert
    santo wali: saint
    masjid mesjid: mosque
    surau musala musholla: prayer room
    gereja: church
    kuil pura: temple
    makam dargah: shrine
    kubur kuburan: grave
    agama: religion
    islam: Islam
    muslim: Muslim
    kristen: Christian
    syiah: Shia
    sunni: Sunni
    sufi: Sufi
    ulama: clergy
    ajaran: teachings
    khilafah kekhalifahan: caliphate
    kafir: infidels
    sholat shalat salat solat: prayers
    sekolah: school
    akademi: academy
    universitas universiti kampus: university
    rumah: house
    apartemen: apartment
    hotel: hotel
    pasar: market
    toko kedai: shop
    pabrik kilang: factory
    gudang: warehouse
    jembatan jambatan: bridge
    bendungan empangan: dam
    stasiun stesen: station
    bandara: airport
    lapangan: field
    pelabuhan: port
    kereta: train
    mobil: car
    motor: motorcycle
    kendaraan kenderaan: vehicle
    truk lori: truck
    bus bas: bus
    kapal: ship
    pesawat kapalterbang: plane
    markas: headquarters
    kamp: camp
    pangkalan: base
    pos: post
    penjara: prison
    pengadilan mahkamah: court
    rumahsakit: hospital
    klinik: clinic
    senjata: weapons
    bahan: material
    granat: grenade
    roket: rocket
    rudal: missile
    peluru: bullets
    senapan: rifle
    rompi: vest
    serangan penyerangan: attack
    ledakan letupan: blast
    bom: bomb
    pengeboman: bombing
    kejadian peristiwa insiden: incident
    tragedi musibah bencana: disaster
    banjir: flood
    kebakaran api: fire
    gempa: earthquake
    tsunami: tsunami
    badai ribut topan: storm
    kekeringan kemarau: drought
    cuaca: weather
    panas: heat
    dingin sejuk: cold
    perang: war
    pertempuran: fighting
    konflik: conflict
    krisis: crisis
    kerusuhan rusuhan: riots
    kudeta: coup
    pemberontakan: insurgency
    revolusi: revolution
    demo demonstrasi: protest
    kekerasan keganasan: violence
    terorisme: terrorism
    ekstremisme: extremism
    radikalisme: radicalism
    ancaman: threat
    bahaya: danger
    tujuan matlamat: goal
    sasaran: target
    alasan: reason
    motif: motive
    pesan mesej: message
    taktik: tactics
    strategi: strategy
    rencana: plan
    kekuatan kuasa: power
    kerusakan kerosakan: damage
    kerugian: losses
    perdamaian damai: peace
    perjanjian: deal
    kesepakatan: deals
    hubungan kaitan: ties
    dukungan sokongan: support
    bantuan: help
    sanksi sekatan: sanctions
    berita kabar khabar: news
    laporan: report
    koran akhbar: newspaper
    media: media
    artikel: article
    sumber: source
    pernyataan kenyataan: statement
    pengumuman: announcement
    wawancara temubual: interview
    video: video
    foto gambar: photo
    nama: name
    umur usia: age
    cara caranya: way
    operasi: operations
    pemilik: owner
    pekerja buruh karyawan kakitangan: workers
    pekerjaan: job
    gubernur gabenor: governor
    bupati: regent
    walikota: mayor
    kepala: head
    direktur pengarah: director
    bos: boss
    perusahaan syarikat: company
    bisnis perniagaan: business
    ekonomi: economy
    uang duit wang: money
    dana: funds
    harga: price
    biaya kos: cost
    gaji: salary
    pajak cukai: tax
    utang hutang: debt
    minyak: oil
    makanan: food
    beras: rice
    gedung bangunan: building
    lantai tingkat: floor
    kamar bilik: room
    pintu: door
    tekstil: textile
    listrik elektrik: electricity
    korsleting: short circuit
    asap: smoke
    hujan: rain
    angin: wind
    longsor: landslide
    evakuasi: evacuation
    pengungsi pelarian: evacuees
    sumbangan: donations
    pampasan: compensation
    penyebab punca: cause
    akibat: result
    hasil: result
    penyelidikan siasatan: investigation
    bukti: evidence
    tersangka suspek: suspect
    rumah2: houses
    obat ubat: medicine
    penyakit: disease
    wabah: outbreak
    darah: blood
    jenazah mayat: bodies
    tubuh: body
    kepala2: heads
    fokus: focus
    utama: main
    strategis: strategic
    ideologi: ideology
    ekstremis: extremists
    radikal: radical
    sektarian: sectarian
    separatis pemisah: separatists
    koalisi gabungan: coalition
    kelemahan celah: vulnerabilities
    kesempatan peluang: opportunity
    perhatian: attention
    pengaruh: influence
    kehadiran: presence
    populer popular: popular
    terkenal: famous
    aktif: active
    terbesar: largest
    terkecil: smallest
    tertinggi: highest
    terendah: lowest
    terbaru: latest
    terlama: longest
    tertua: oldest
    termuda: youngest
    terkuat: strongest
    terlemah: weakest
    terparah terburuk: worst
    terbaik: best
    terpenting: most important
    terbanyak: most
    terdekat: nearest
    terjauh: farthest
    terkaya: richest
    termiskin: poorest
    kedua: second
    ketiga: third
    keempat: fourth
    kelima: fifth
    asal asalnya: emerged
    cabang: branches
    tekanan: pressure
    tarikan penarikan: withdrawal
    puluhan: dozens
    ratusan: hundreds
    ribuan: thousands
    jutaan: millions
    banget bgt sangat amat: very
    irak: Iraq
    suriah syria: Syria
    afganistan afghanistan: Afghanistan
    amerika: America
    eropa eropah: Europe
    afrika: Africa
    mesir: Egypt
    yaman: Yemen
    libia: Libya
    rusia: Russia
    ukraina: Ukraine
    tiongkok cina: China
    jepang jepun: Japan
    inggris inggeris britania: Britain
    perancis prancis: France
    jerman: Germany
    belanda: Netherlands
    turki: Turkey
    yordania: Jordan
    libanon lubnan: Lebanon
    palestina: Palestine
    filipina: Philippines
    singapura: Singapore
    arab: Arab
    berbahaya: dangerous
    besar: big
    kecil: small
    tinggi: high
    rendah: low
    panjang: long
    pendek: short
    lama: long
    tua: old
    cepat: fast
    lambat: slow
    mudah gampang: easy
    senang gembira: happy
    penting: important
    kuat: strong
    lemah: weak
    baru: new
    benar bener beneran betul btl: true
    salah: wrong
    palsu: fake
    asli: original
    nyata: real
    jelas: clear
    resmi rasmi: official
    aman: safe
    parah teruk: severe
    serius: serious
    mematikan: deadly
    keras: hard
    tegang: tense
    kaya: rich
    miskin: poor
    ketat: strict
    longgar lengah: lax
    rentan: vulnerable
    signifikan: significant
    brutal: brutal
    ekstrem: extreme
    moderat: moderate
    biasa: usual
    khusus: special
    berani: brave
    setia: loyal
    kesetiaan: loyalty
    hebat: great
    sulit susah: difficult
    sering: often
    jarang: rarely
    cukup: enough
    sibuk: busy
    dampak efek imbas: impact
    konsekuensi: consequences
    situasi kondisi keadaan: situation
    suasana: atmosphere
    sejarah riwayat: history
    asal-usul asalusul: origins
    figur: figure
    statistik: statistics
    mutasi: mutation
    motivasi: motivation
    inspirasi: inspiration
    sabotase: sabotage
    eskalasi: escalation
    ekspansi: expansion
    intensifikasi: intensification
    waspada: alert
    persen persentase: percent
    estimasi perkiraan: estimate
    bentrokan: clashes
    pertikaian sengketa perselisihan persengketaan: dispute
    ketegangan: tensions
    darurat: emergency
    siaga: alert
    kerentanan: vulnerabilities
    metode: method
    jihadis: jihadists
    jihad: jihad
    mujahidin: mujahideen
    daulah: state
    generasi: generation
    sipil: civilians
    brimob densus polri: police
    tni: military
    kyai kiai ustadz ustaz: cleric
    santri: students
    pesantren madrasah: seminary
    tarekat: Sufi order
    zikir dzikir lantunan: chanting
    khotbah khutbah ceramah: sermon
    imam: imam
    nisan: gravestone
    nyawa: lives
    penyintas: survivors
    kritis: critical
    ambulans ambulan: ambulance
    trauma: trauma
    belasungkawa takziah: condolences
    pemakaman: funeral
    sempalan pecahan serpihan: offshoots
    afiliasi: affiliate
    pendukung penyokong: supporters
    pengikutnya: followers
    simbol lambang: symbol
    narasi: narrative
    komando: command
    hierarki: hierarchy
    desentralisasi: decentralization
    mayoritas: majority
    minoritas: minority
    populasi: population
    versi: version
    wilayahnya: territory
    markasnya: headquarters
    upaya usaha: efforts
    langkah: step
    ketahanan: resilience
    kemampuan: capability
    kekuasaan: power
    kebangkitan: resurgence
    kemunculan: emergence
    kemunduran: decline
    kekalahan: defeat
    kemenangan: victory
    kegagalan: failure
    keberadaan: presence
    kegiatan aktivitas: activities
    pengeboman2: bombings
    rentetan rangkaian: series
    gelombang: wave
    jeda: lull
    hening sunyi: silence
    akademi: academy
    institut: institute
    pusat: center
    peneliti: researcher
    senior: senior
    lembaga: institute
    bohong dusta: lie
    hoax hoaks: fake
    yakin: sure
    sedih: sad
    ngeri serem seram: scary
    panik: panic
    heboh: uproar
    rame: many
    sepi: quiet
    gede: big
    jauh: far
    deket: near
    bentar sebentar: short
    cepet: fast
    telat terlambat: late
    sgt bngt bgt: very
    bnr: true
  `;

/**
 * Verb roots: each line is a root (a "-" before it when the bare root means something else, "aku" being "I"),
 * any irregular forms, a colon, then the English verb, the thing done ("-an", "peN-an", "ke-an": "serangan",
 * "penyerangan"), the doer ("peN-": "penyerang") and the verb made with "-kan" or "-in" when it differs
 * ("meledak" explodes, "meledakkan" blows up), separated by "|". The affixed and chat forms are made from
 * the root (see affixedForms); a form listed in THINGS or VERBS has that gloss instead.
 */
const ROOTS = `
    serang: attack | attack | attacker
    bunuh ngebunuh bunuhin: kill | killing | killer
    bom ngebom: bomb | bombing | bomber
    ledak: explode | blast | | blow up
    letup: explode | blast | | blow up
    tembak: shoot | shooting | shooter
    tikam: stab | stabbing
    culik: kidnap | kidnapping | kidnapper
    sandera: take hostage | hostage-taking
    tangkap tangkep nangkep ketangkep ketangkap: arrest | arrest
    tahan: detain | detention
    bebas: release | release
    lepas: release | release
    usir: expel | expulsion
    halau: drive out | expulsion
    rebut: seize | seizure
    kuasa kuasai nguasain: control | power | ruler
    ambil: take
    -aku ngaku: admit | admission
    klaim ngeklaim: claim | claim
    kata: say
    sebut: call | mention
    -nyata: state | statement
    lapor: report | report | reporter
    umum: announce | announcement
    jelas: explain | explanation
    tanya: ask | question
    jawab: answer | answer
    tulis nulis: write | writing | writer
    baca: read | reading | reader
    lihat liat: see | view
    dengar denger dengerin ngedenger: hear
    temu: find | discovery
    cari nyari: search | search
    kejar: chase | pursuit
    lari: flee | escape
    kabur: flee | escape
    selamat: rescue | safety | rescuer
    bantu: help | help | helper
    dukung: support | support | supporter
    tolak: reject | rejection
    terima: receive | receipt
    kirim: send | delivery | sender
    bawa: take
    hantar: take | delivery
    antar: take | delivery
    pindah: relocate | relocation
    gerak: move | movement
    datang dateng: come | arrival
    pergi: go | departure
    pulang: return | return
    kembali: return | return
    masuk: enter | entry
    keluar: leave | exit | | issue
    hidup: live | life
    luka: injure | injury | | injure
    cedera: injure | injury
    rawat: treat | treatment | nurse
    bakar: burn | burning | arsonist
    hancur: destroy | destruction
    rusak rosak: damage | damage
    runtuh: collapse | collapse
    roboh: collapse | collapse
    jatuh: fall | fall | | drop
    tenggelam: sink | sinking
    hilang: disappear | disappearance | | remove
    kalah: lose | defeat | loser | defeat
    menang: win | victory | winner
    perang: fight | war
    tempur: fight | battle | fighter
    juang: fight | struggle
    ancam: threaten | threat
    takut: fear | fear | | frighten
    curi nyuri: steal | theft | thief
    rampok: rob | robbery | robber
    bayar: pay | payment
    beli: buy | purchase | buyer
    jual: sell | sale | seller
    buka: open | opening
    tutup: close | closure
    mula: start | start
    mulai: start | start
    henti: stop | stop
    cegah: prevent | prevention
    halang: block | obstacle
    larang: ban | ban
    izin: allow | permission
    pilih milih: choose | choice | voter
    pimpin: lead | leadership | leader
    perintah: order | order | | order
    atur: organize | rule | organizer
    rencana: plan | plan | planner
    siap: prepare | preparation
    latih: train | training | trainer
    rekrut: recruit | recruitment | recruiter
    gabung: join | merger
    sekutu: ally | alliance
    kerja bekerja: work | work | worker
    usaha: attempt | effort
    coba nyoba: attempt | attempt
    rekam: record | recording
    tuduh: accuse | accusation | accuser
    tuntut: demand | demand
    protes: protest | protest | protester
    hukum: punish | punishment
    adil: try | trial
    penjara: jail | prison
    eksekusi: execute | execution
    selidik: investigate | investigation | investigator
    siasat: investigate | investigation | investigator
    periksa: examine | examination | examiner
    saksi: witness | testimony
    ungkap: reveal | revelation
    bukti: prove | evidence
    konfirmasi mengkonfirmasi: confirm | confirmation
    bantah: deny | denial
    tanggap: respond | response
    balas: retaliate | retaliation
    kutuk: condemn | condemnation
    kecam: condemn | criticism
    kritik: criticize | criticism | critic
    puji: praise | praise
    sesal: regret | regret
    duka: mourn | grief
    doa: pray | prayer
    ibadah: worship | worship
    ziarah: visit | pilgrimage
    kunjung: visit | visit | visitor
    lawat: visit | visit
    hadir: attend | presence
    kumpul: gather | gathering
    tari: dance | dance | dancer
    nyanyi: sing | song | singer
    teriak teriakin neriakin: shout | shout
    jerit: scream | scream
    tangis: cry | crying
    -tolong: help | help
    evakuasi: evacuate | evacuation
    ungsi: evacuate | evacuation
    padam: extinguish
    sebar: spread | spread
    rebak: spread
    naik: rise | increase | | raise
    tambah: increase | increase
    turun: fall | decline | | lower
    kurang: reduce | reduction
    tingkat: increase | increase
    kuat memperkuat diperkuat menguat menguatkan penguatan: strengthen | power
    lemah: weaken | weakness
    ubah: change | change
    ganti: replace | replacement | successor
    bentuk: form | formation
    -diri: found | founding | founder
    -tubuh: found | founding | founder
    bangun: build | construction | builder
    buat: make | | maker
    bikin: make
    guna: use | use | user
    pakai pake: use | use | user
    dapat dapet: get
    minta: request | request
    beri kasih: give
    tunggu: wait
    jaga: guard | guard | guard
    awas: monitor | surveillance
    lindung: protect | protection | protector
    aman: secure | security
    kepung: besiege | siege
    serbu nyerbu: storm | raid
    gerebek grebek: raid | raid
    incar incer ngincer ngincar ngincar diincer: target | target
    sasar: target | target
    -target: target | target
    hubung: contact | contact
    kait: link | link
    libat: involve | involvement
    kendali: control | control
    akibat: cause | result
    sebab: cause | cause
    picu: trigger | trigger
    provokasi: provoke | provocation
    manfaat: exploit | benefit
    eksploitasi: exploit | exploitation
    tembus: penetrate | penetration
    capai: reach | achievement
    -sampai: deliver | delivery
    tiba: arrive | arrival
    muncul: emerge | emergence
    alami: experience | experience
    derita: suffer | suffering
    rasa: feel | feeling
    pikir: think | thought
    percaya mempercayai: believe | belief
    anggap nganggep: consider
    harap: hope | hope
    butuh: need | need
    perlu: need | need
    selesai: finish | settlement
    akhir: end | end
    batal: cancel | cancellation
    tunda: postpone | delay
    gagal: fail | failure | | foil
    hasil: succeed | success
    rugi: harm | losses
    rampas: seize | seizure
    sita: confiscate | confiscation
    rakit: assemble | assembly
    simpan: store | storage
    sembunyi: hide | hiding
    -huni: inhabit | | residents
    -duduk: occupy | occupation | residents
    jajah: colonize | colonization | colonizer
    operasi: operate | operations
    fokus: focus | focus
    arah: direct | direction
    alih: divert | shift
    tarik: draw | withdrawal
    tekan: pressure | pressure
    dorong: push | push
    desak: urge | pressure
    paksa: force | force
    pukul: hit | blow
    hantam: hit | blow
    tabrak: crash | crash
    jarah: loot | looting | looter
    sumbang: contribute | donations | contributor
    kontribusi: contribute | contribution | contributor
    -kerjasama bekerjasama: cooperate | cooperation
    tawan: capture | capture | captor
    maksud: mean | meaning
    sokong: support | support | supporter
    liput: cover | coverage | reporter
    wawancara: interview | interview | interviewer
    cerita: tell | story
    bicara: speak | talks | speaker
    omong: talk
    runding: negotiate | negotiations | negotiator
    sepakat: agree | agreement
    janji: promise | promise
    damai: reconcile | peace | peacemaker
    langgar: violate | violation | violator
    putus: decide | decision
    berantas: eradicate | crackdown
    tumpas: crush | crackdown
    basmi: eradicate | eradication
    hadap hadapi ngadepin hadepin: face
    hindar: avoid
    hadang: block
    susup: infiltrate | infiltration | infiltrator
    ajar: teach | teaching | teacher
    didik: educate | education | educator
    tumbuh: grow | growth
    kembang: develop | development
    luas memperluas diperluas: expand | expansion
    catat: record | record
    hitung: count | count
    ukur: measure | measurement
    kira memperkirakan diperkirakan: estimate | estimate
    duga: suspect | allegation
    curiga: suspect | suspicion
    dakwa: charge | indictment
    vonis: sentence | verdict
    bantai: massacre | massacre
    siksa: torture | torture
    aniaya: abuse | abuse
    sadar: realize | awareness
    -tahu mengetahui diketahui: know | knowledge
    kenal: know
    ingat: remember | memory | | remind
    lupa: forget
    tunjuk: show
    tampil: appear | appearance
    nama: name
    juluk: call | nickname
    -label: label | label
    nilai: assess | assessment
    analisis analisa: analyze | analysis
    -amat: observe | observation | observer
    teliti: research | research | researcher
    kaji mengkaji dikaji: study | study
    bangkit: rise | resurgence | | revive
    ulang: repeat | repetition
    makan: eat | food
    minum: drink | drink
    tidur: sleep | sleep
    terbang: fly | flight
    angkut: transport | transport
    kubur: bury | burial
    khianat: betray | betrayal | traitor
    hormat: respect | respect
    puja: worship | worship
    anut: follow | | followers
    bela: defend | defense | defender
    serah: surrender | handover | | hand over
    mundur: retreat | retreat
    maju: advance | progress | | advance
    dekat: approach | approach
    resmi: inaugurate | inauguration
    rilis: release | release
    siar: broadcast | broadcast
    unggah: upload | upload
    edar: circulate | circulation
    tegas: assert | assertion
    tanda: mark | sign
    geser: shift | shift
    campur: interfere | interference
    letak: place | location
    isi: fill | contents
    tugas: assign | duty
    jabat: serve | position
    angkat: raise | appointment
    pecat: dismiss | dismissal
    bubar: disband | dissolution
    pecah: split | split
    pisah: separate | separation
    satu: unite | unity
    jamin: guarantee | guarantee
    bahaya: endanger | danger
    ganggu: disrupt | disruption
    hambat: hinder | obstacle
    tantang nantang: challenge | challenge | challenger
    gempur: assault | assault
    hajar: beat | beating
    lumpuh: paralyze | paralysis
    -main: play | game | player
    suka: like
    cinta: love | love
    benci: hate | hatred
    paham faham: understand | understanding
    tonton: watch | show | viewer
    telepon telpon: phone | call
    tawar: offer | offer
    terbit: publish | publication | publisher
    berita: report | coverage
    kabar: report | news
    tetap: designate | designation
    daftar: list | registration
    tewas: die | death | | kill
    -mutasi bermutasi: mutate | mutation
    jalin: forge | ties
    takluk: conquer | conquest | conqueror
    kontrol ngontrol: control | control
    -ekspansi: expand | expansion
    afiliasi: affiliate | affiliation | affiliate
    tusuk: stab | stabbing | stabber
    bentrok: clash | clash
    rusuh: riot | riot | rioter
    -sabotase: sabotage | sabotage
    raih: gain | achievement
    ajak: invite | invitation
    pengaruh mempengaruhi dipengaruhi terpengaruh: influence | influence
    timbul: arise | emergence
    tumbang: fall | fall | | topple
    -sisir: comb | sweep
    patroli: patrol | patrol
    -jaring: net | network
    -inspirasi: inspire | inspiration
    -motivasi: motivate | motivation
    tebar: spread | spread
    cetus: spark | trigger
    hasut: incite | incitement | agitator
    -lancar: launch | launch
    luncur: launch | launch
    sulut: ignite | trigger
    genjot: intensify | escalation
    gencar: intensify | intensification
    -intensif: intensify | intensification
    -eskalasi: escalate | escalation
    redam: suppress | suppression
    tindak: crack down | action
    -tangan: handle | handling
    -waspada: alert | alertness
    jebol: breach | breach
    bobol: breach | breach
    ngamuk mengamuk: rampage | rampage
    sibuk: busy | activity
  `;

/** English past forms that do not add "-ed". */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  (
    'shoot:shot take:took say:said write:wrote read:read see:saw hear:heard find:found flee:fled ' +
    'send:sent come:came go:went leave:left fall:fell sink:sank lose:lost win:won fight:fought ' +
    'steal:stole pay:paid buy:bought sell:sold choose:chose lead:led spread:spread rise:rose make:made ' +
    'get:got give:gave drink:drank eat:ate sleep:slept fly:flew think:thought feel:felt hide:hid ' +
    'draw:drew hit:hit tell:told speak:spoke teach:taught grow:grew know:knew forget:forgot beat:beat ' +
    'understand:understood split:split hold:held set:set put:put run:ran blow:blew break:broke ' +
    'bring:brought become:became meet:met sing:sang cut:cut catch:caught broadcast:broadcast do:did mean:meant build:built drive:drove'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** Verbs that double their last letter before "-ed" ("stabbed", "kidnapped"). */
const DOUBLING = new Set(
  'stab kidnap rob ban plan stop expel control admit drop regret patrol commit worship'.split(' '),
);

/** The past of an English verb ("attack": "attacked", "take over": "took over"). */
function pastOf(verb: string): string {
  const [head = '', ...rest] = verb.split(' ');
  const past =
    IRREGULAR_PAST.get(head) ??
    (DOUBLING.has(head)
      ? `${head}${head.slice(-1)}ed`
      : head.endsWith('e')
        ? `${head}d`
        : /[^aeiou]y$/.test(head)
          ? `${head.slice(0, -1)}ied`
          : `${head}ed`);
  return [past, ...rest].join(' ');
}

/** A root's syllables, counted by its vowel groups ("bom" has one). */
function syllables(root: string): number {
  return root.match(/[aiueo]+/g)?.length ?? 0;
}

/**
 * The nasal a root takes after "me-" and "pe-", and the chat form made with it: "serang" is "nyerang"
 * ("menyerang", "penyerang", chat "nyerang"), "tangkap" is "nangkap", "kirim" is "ngirim", "bunuh" is
 * "mbunuh" (chat "ngebunuh"), "bom" is "ngebom", "lapor" is "lapor" (chat "ngelapor").
 */
function nasalised(root: string): { stem: string; chat: string | undefined } {
  if (syllables(root) === 1) return { stem: `nge${root}`, chat: `nge${root}` };
  if (/^[aiueo]/.test(root)) return { stem: `ng${root}`, chat: `ng${root}` };
  if (/^k[aiueo]/.test(root)) return { stem: `ng${root.slice(1)}`, chat: `ng${root.slice(1)}` };
  if (/^[kgh]/.test(root)) return { stem: `ng${root}`, chat: `nge${root}` };
  if (/^s[aiueo]/.test(root)) return { stem: `ny${root.slice(1)}`, chat: `ny${root.slice(1)}` };
  if (/^c/.test(root)) return { stem: `n${root}`, chat: `ny${root.slice(1)}` };
  if (/^t[aiueo]/.test(root)) return { stem: `n${root.slice(1)}`, chat: `n${root.slice(1)}` };
  if (/^[dsjzt]/.test(root)) return { stem: `n${root}`, chat: `nge${root}` };
  // "pukul" is "memukul", but its chat form ("mukul") is left out: "pakai" would make Hindi's "makai".
  if (/^p[aiueo]/.test(root)) return { stem: `m${root.slice(1)}`, chat: undefined };
  if (/^[bfvp]/.test(root)) return { stem: `m${root}`, chat: `nge${root}` };
  return { stem: root, chat: `nge${root}` };
}

/** A root's affixed forms, as verbs (what is done), things (the deed) and doers. */
interface Affixed {
  verbs: string[];
  causatives: string[];
  things: string[];
  doers: string[];
}

/**
 * The forms made from a root: "me-" and "di-" with "-kan", "-i" and chat's "-in", "ter-" and "ber-" (did,
 * came to be done), the chat nasal form ("nyerang", "nyerangin"), "-an", "peN-an", "per-an" and "ke-an"
 * (the deed) and "peN-" (the doer). Forms no one types are made too, and harm nothing.
 */
function affixedForms(root: string): Affixed {
  const { stem, chat } = nasalised(root);
  const r = root.startsWith('r') ? '' : 'r';
  const verbs = [`me${stem}`, `me${stem}i`, `di${root}`, `di${root}i`, `te${r}${root}`, `be${r}${root}`];
  const causatives = [`me${stem}kan`, `di${root}kan`, `${root}kan`, `${root}in`, `di${root}in`];
  if (chat !== undefined) causatives.push(`${chat}in`);
  if (chat !== undefined) verbs.push(chat);
  const things = [`${root}an`, `pe${stem}an`, `pe${r}${root}an`, `ke${root}an`];
  return { verbs, causatives, things, doers: [`pe${stem}`] };
}

/** Each root's forms and their English, and the roots' English verbs (past) with their base forms. */
function rootGlossary(table: string): {
  words: Array<[string, string]>;
  markers: string[];
  things: string[];
  pasts: Array<[string, string]>;
} {
  const words: Array<[string, string]> = [];
  const markers: string[] = [];
  const things: string[] = [];
  const pasts: Array<[string, string]> = [];
  for (const line of table.trim().split('\n')) {
    const [forms = '', english = ''] = line.split(':');
    const [verb = '', thing = '', doer = '', causative = ''] = english.split('|').map((part) => part.trim());
    const [first = '', ...irregular] = forms.trim().split(/\s+/);
    const bare = !first.startsWith('-');
    const root = first.replace(/^-/, '');
    const past = pastOf(verb);
    const causativePast = causative === '' ? past : pastOf(causative);
    pasts.push([past, verb]);
    if (causative !== '') pasts.push([causativePast, causative]);
    const affixed = affixedForms(root);
    const made: Array<[string, string]> = [
      ...affixed.verbs.map((form): [string, string] => [form, past]),
      ...affixed.causatives.map((form): [string, string] => [form, causativePast]),
      ...irregular.map((form): [string, string] => [form, past]),
      ...(thing === '' ? [] : affixed.things.map((form): [string, string] => [form, thing])),
      ...(doer === '' ? [] : affixed.doers.map((form): [string, string] => [form, doer])),
    ];
    if (bare) words.push([root, past]);
    words.push(...made);
    markers.push(...made.map(([form]) => form).filter((form) => form.length >= 5));
    if (thing !== '') things.push(thing);
    if (doer !== '') things.push(doer);
  }
  return { words, markers, things, pasts };
}

const ROOT_GLOSSARY = rootGlossary(ROOTS);

/** Made forms other languages type too, so no marker: a surname, and Portuguese's "analisa". */
const NOT_MARKERS = new Set(['cobain', 'analisa']);

/**
 * Doing, where a root's made forms do not say it: irregular and chat forms, and forms whose sense is not
 * their root's ("menewaskan" kills, "meninggal" dies), glossed in the past, as the articles tell what was done.
 */
const VERBS = `
    meninggal meninggal2 tewas mati mampus gugur terkorban wafat maut: died
    kematian: deaths
    bunuh membunuh dibunuh terbunuh ngebunuh bunuhnya tewasin newasin menewaskan: killed
    pembunuhan: killing
    luka terluka luka2 cedera tercedera mencederakan: injured
    serang menyerang nyerang diserang menyerbu diserbu nyerbu: attacked
    meledak meletup meletus: exploded
    klaim mengklaim diklaim ngeklaim ngaku mengaku mengakui diakui: claimed
    bilang kata berkata mengatakan katanya ngomong cakap bercakap: said
    menyatakan nyatakan dikatakan: said
    terjadi berlaku: happened
    berlangsung: took place
    bertepatan: coincided
    berdiri didirikan ditubuhkan dibentuk terbentuk: founded
    relokasi merelokasi: relocated
    kebakar: burned
    gara: because
    benci membenci: hate
    marah: angry
    takut: afraid
    selamat diselamatkan menyelamatkan selametin nyelametin: rescued
    hilang: missing
    hancur dihancurkan musnah: destroyed
    kalah: lost
    menang: won
    kehilangan: lost
    menguasai dikuasai nguasain merebut direbut: took over
    punya mempunyai memiliki: have
    hantar dihantar menghantar: taken
    wawancara diwawancara diwawancarai: told
    beroperasi: active
    ingin pengen pingin hendak: want
    mendukung didukung dukung menyokong disokong sokong: supported
    bersekutu: partnered
    tantang menantang nantang: challenging
    menari: dancing
    bernyanyi: chanting
    lakukan melakukan dilakukan ngelakuin: did
    meningkat bertambah naik: increased
    balik: back
    berasal: originate
    dalang otak: mastermind
    bertanggungjawab tanggungjawab: responsible
    keluar: left
    dibawa: taken
    kena terkena: hit
    dibawa2: involved
    bertemu ketemu: met
    pertemuan: meeting
    belajar: learned
    meninggalkan ditinggalkan: left
    tinggal: live
    menjadi: became
    keberhasilan: success
    menghasilkan: produced
    lahir dilahirkan: born
    kelahiran: birth
    dikenal: known
    terletak: located
    menuju: toward
    putus: broke
    ikut: joined
    mengikuti diikuti: followed
    pengikut: followers
    menandatangani ditandatangani: signed
    keterlibatan: involvement
    pertahanan: defense
    bebas: free
    peringatan: warning
    memperingatkan: warned
    pemerintahan: government
    kepemimpinan: leadership
    keadilan: justice
    mengerti: understood
    bergantung: relied
    tergantung: depends
    beritahu memberitahu diberitahu bagitau: told
    akhir: end
    akhirnya: finally
    tewaskan newasin: killed
    dimakamkan dikuburkan dikubur: buried
    melukai dilukai lukain: injured
    mengebom dibom ngebom ngebomin: bombed
    menjalankan dijalankan jalankan ngejalanin: carried out
    lari melarikan kabur kabor: fled
    berteriak teriak: shouted
    mencari nyari nyariin cari: searched
    menari nari: dancing
    menyanyi nyanyi: chanting
    memanfaatkan manfaatin manfaatkan dimanfaatkan: exploited
    menargetkan ditargetkan nargetin: targeted
    mengincar diincar ngincer ngincar incer: targeted
    melemahkan dilemahkan ngelemahin: weaken
    menantang nantangin: challenging
    membangun dibangun: built
  `;

/**
 * Words and their English. Words English spells the same ("bank", "main", "air", "jam", "data") are left
 * as typed: in a mixed message they are more likely the English word.
 */
const WORDS: ReadonlyMap<string, string> = new Map([
  // The roots' made forms first, a form two roots make keeping the first's ("tarikan"): a word listed below
  // has its listed gloss.
  ...[...ROOT_GLOSSARY.words].reverse(),
  // Question words. "Apa" opening a statement can ask yes or no (see bahasaAsEnglish).
  ...glossary(`
    berapa brp brapa brpa berape brape berapakah: how many
    siapa siapakah siape sape sapa: who
    kapan kpn kapankah bilakah bila bile bilo: when
    dimana dmn dmna dimanakah manakah kemana kmn kemanakah: where
    darimana drmn dmana: where from
    kenapa knp knpa knapa kenape knape napa mengapa mengapakah ngapa ngapain apasal: why
    gimana gmn gmna gimane bagaimana bgmn bagaimanakah camne cmne camana macamana mcmana: how
    seberapa: how
    apa apaan apakah ape: what
    mana keberapa: which
  `),
  // Pronouns, pointers, amounts.
  ...glossary(`
    dia ia beliau doi: he
    mereka dorang diorang depa: they
    kami kita: we
    kalian: you
    ini inilah: this
    itu itulah tsb tersebut: that
    sini: here
    situ sana: there
    semua smua semuanya seluruh sekalian: all
    setiap tiap: every
    banyak byk bnyk ramai: many
    beberapa: several
    berbagai pelbagai: various
    sedikit sikit dikit: few
    lebih lbh: more
    paling: most
    kebanyakan: most
    kurang: less
    sekitar kira: about
    hampir: almost
    cuma cuman hanya cm: only
    lain: other
    sebelah: next
    sendiri: own
    seorang: one
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
    untuk utk buat bwt bagi: for
    oleh: by
    tentang ttg mengenai soal pasal: about
    menurut: according
    antara: between
    melawan lawan terhadap thd thdp: against
    dlm dalem: inside
    sm sma: with
    tpi: but
    walau walaupun meskipun biarpun: although
    padahal sedangkan: while
    krna coz sbb: because
    belom: not yet
    kaga tk nda: not
    sktr kurleb: about
    smw: all
    nape: why
    kpan: when
    bgmna: how
    kemungkinan: likely
    dalam: inside
    luar: outside
    dekat dkt: near
    lewat melalui via: through
    dan: and
    atau ato atw: or
    tapi tp tetapi namun: but
    karena krn karna kerana sebab: because
    kalau kalo klo kalu jika: if
    atas pada: on
    bawah: under
    sebagai: as
    selain: besides
    tanpa: without
    tidak tdk gak nggak ngga enggak engga kagak ndak gk ga tak x bukan bkn bkan jangan jgn: not
    belum blm blom blum: not yet
    tiada takde tkde gada gaada: no
    pernah: ever
    akan bakal bakalan nak mau mao: will
    bisa bs dapat dpt mampu boleh: can
    harus mesti wajib: must
    masih msh: still
    juga jg jga: also
    lagi: again
    kembali: again
    sekarang skrg skg skrang kini: now
    kemarin kemaren kmrn semalam: yesterday
    tadi barusan: earlier
    dulu dahulu: before
    nanti: later
    besok esok: tomorrow
    lusa: after tomorrow
    pagi: morning
    siang: afternoon
    sore petang: evening
    malam: night
    subuh: dawn
    detik: seconds
    menit minit: minutes
    jam: hours
    abad: century
    dekade: decade
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
    april: April
    mei: May
    juni jun: June
    juli julai: July
    agustus ogos: August
    september: September
    oktober: October
    november: November
    desember disember: December
    waktu wktu: time
    ketika saat pas semasa sewaktu masa: during
    selama: for
    sejak sjk semenjak: since
    sampai sampe hingga: until
    sebelum sblm: before
    sesudah setelah stlh selepas lepas kemudian: after
    lalu silam lampau: ago
    tdi td: earlier
    bsk: tomorrow
    kmaren kmarin: yesterday
    skrng skr skrang: now
    abis habis: after
    awal: start
  `),
  // Numbers as words ("lima puluh dua" is read as one number; see numberAt).
  ...glossary(`
    nol: zero
    satu: one
    dua: two
    tiga: three
    empat: four
    lima: five
    enam: six
    tujuh: seven
    delapan lapan: eight
    sembilan: nine
    sepuluh: ten
    sebelas: eleven
    seratus: hundred
    seribu: thousand
    sejuta: million
  `),
  ...glossary(THINGS),
  ...glossary(VERBS),
]);

/** Numbers as words, and the words that multiply them ("dua puluh" is 20, "dua belas" 12). */
const UNITS: ReadonlyMap<string, number> = new Map([
  ['nol', 0],
  ['satu', 1],
  ['dua', 2],
  ['tiga', 3],
  ['empat', 4],
  ['lima', 5],
  ['enam', 6],
  ['tujuh', 7],
  ['delapan', 8],
  ['lapan', 8],
  ['sembilan', 9],
  ['sepuluh', 10],
  ['sebelas', 11],
  ['seratus', 100],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['ribu', 1000],
  ['seribu', 1000],
  ['juta', 1000000],
  ['sejuta', 1000000],
]);

/** Numbers up to ten in English: a lone "tiga" is "three", as the articles write small numbers. */
const SMALL_NUMBERS = 'zero one two three four five six seven eight nine ten'.split(' ');

/**
 * The number written in words from a word on ("lima puluh dua orang": 52, three words), and how many words
 * it takes; none when no number starts there.
 */
function numberAt(words: readonly string[], start: number): [string, number] | undefined {
  let total = 0;
  let group = 0;
  let last = 0;
  let i = start;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const unit = UNITS.get(word);
    const scale = SCALES.get(word);
    if (unit !== undefined && word !== 'se' && last === 0) last = unit;
    else if (word === 'belas' && last > 0 && last < 10) [group, last] = [group + last + 10, 0];
    else if (word === 'puluh' && last > 0 && last < 10) [group, last] = [group + last * 10, 0];
    else if (word === 'ratus' && last > 0 && last < 10) [group, last] = [group + last * 100, 0];
    else if (scale !== undefined && (group + last > 0 || word.startsWith('se')))
      [total, group, last] = [total + Math.max(group + last, 1) * scale, 0, 0];
    else break;
    // "Seratus" adds to what follows it ("seratus lima" is 105).
    if (word === 'seratus') [group, last] = [group + 100, 0];
  }
  if (i === start) return undefined;
  const value = total + group + last;
  return [value <= 10 ? SMALL_NUMBERS[value]! : String(value), i - start];
}

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
        ['lg ngapain', 'sibuk ngapain', 'sedang ngapain', 'lagi sibuk apa', 'lg sibuk apa', 'sibuk apa'],
        'what doing',
      ],
      [
        ['tgh buat apa', 'tengah buat apa', 'sedang buat apa', 'tgh buat ape', 'tengah buat ape'],
        'what doing',
      ],
      [['lagi buat apa', 'lg buat apa', 'sedang apa', 'tengah apa', 'lagi apa', 'lg apa'], 'what doing'],
      // "BLA tu apa", "ISKP ni apa": what the thing before it is.
      [
        ['tu apa', 'ni apa', 'tu ape', 'ni ape', 'tuh apa', 'nih apa', 'tu apa benda', 'ni apa benda'],
        'what is',
      ],
      [['tu bila', 'ni bila', 'tu kapan', 'tuh kapan', 'ni kapan', 'nih kapan'], 'when'],
      [['tu kat mana', 'ni kat mana', 'tu dimana', 'tuh dimana', 'tu di mana', 'tuh di mana'], 'where'],
      [
        [
          'apa jadi',
          'apa jadinya',
          'apa dah jadi',
          'tu apa jadi',
          'tu apa jadinya',
          'ni apa jadi',
          'apa yg jadi',
        ],
        'what happened to',
      ],
      [['tu siapa', 'ni siapa', 'tu sape', 'ni sape', 'tuh siapa', 'nih siapa'], 'who is'],
      [['apa benda', 'ape benda', 'benda apa'], 'what'],
      [['bom meledak', 'bomnya meledak', 'bom meletup', 'bom tu meletup', 'bom itu meledak'], 'blast'],
      [['melarikan diri', 'larikan diri', 'melepaskan diri'], 'fled'],
      [
        ['jadi target', 'jadi sasaran', 'menjadi target', 'menjadi sasaran', 'jd target', 'jd sasaran'],
        'targeted',
      ],
      [
        ['nulis laporan', 'menulis laporan', 'tulis laporan', 'nulis laporannya', 'menulis laporannya'],
        'contributed reporting',
      ],
      [['latar belakang', 'latar belakangnya'], 'background'],
      [['garis keras'], 'hardline'],
      [
        ['berasal dari kelompok', 'berasal dr kelompok', 'muncul dari kelompok', 'lahir dari kelompok'],
        'emerged from group',
      ],
      [
        ['bangkit kembali', 'muncul kembali', 'muncul lagi', 'bangkit lagi', 'aktif lagi', 'aktif kembali'],
        're-emerged',
      ],
      [['warga sipil', 'orang awam', 'rakyat biasa'], 'civilians'],
      [['luka parah', 'cedera parah', 'luka berat', 'cedera teruk'], 'seriously injured'],
      [['luka ringan', 'cedera ringan'], 'lightly injured'],
      [['setahun', 'satu tahun', 'setaun'], 'a year'],
      [
        ['dari mana asalnya', 'asalnya dari mana', 'asal dari mana', 'asalnya darimana'],
        'where originate from',
      ],
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
        ['kepanjangannya apa', 'kepanjangan apa', 'singkatannya apa', 'singkatan apa', 'singkatan'],
        'meaning of',
      ],
      [
        ['ada apa', 'apa yang terjadi', 'apa yg terjadi', 'apa yang berlaku', 'apa yg berlaku'],
        'what happened',
      ],
      [['ada apa dengan', 'ada apa dgn', 'kenapa dengan', 'knp dgn', 'kenapa dgn'], 'what about'],
      [['gara2 apa', 'gara apa', 'karena apa', 'krn apa'], 'why'],
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
      [['tujuan akhir', 'matlamat akhir', 'tujuan akhirnya'], 'ultimate goal'],
      // "ISKP mau apa sih": what it wants is its goal.
      [['mau apa', 'maunya apa', 'ingin apa', 'inginnya apa', 'mahu apa', 'nak apa'], 'what goal'],
      // "Perjanjian damai gimana nasibnya": what became of it.
      [
        [
          'gimana nasib',
          'gimana nasibnya',
          'bagaimana nasib',
          'bagaimana nasibnya',
          'apa kabar',
          'apa kabarnya',
          'gimana kabar',
          'gimana kabarnya',
          'bagaimana kabarnya',
        ],
        'what happened to',
      ],
      [['berapa kali', 'brp kali', 'berapa banyak kali'], 'how many times'],
      [['seberapa sering', 'berapa sering', 'seberapa kerap'], 'how often'],
      [['seberapa besar', 'sebesar apa'], 'how big'],
      [['seberapa jauh', 'berapa jauh'], 'how far'],
      [['seberapa parah', 'separah apa', 'seteruk mana'], 'how bad'],
      [['tanggal berapa', 'tgl berapa', 'tarikh berapa', 'tanggal brp', 'tgl brp'], 'what date'],
      [['hari apa'], 'what day'],
      [['bulan apa', 'bulan berapa'], 'what month'],
      [['hari ini'], 'today'],
      [['baru ini', 'baru2 ini', 'akhir ini', 'belakangan ini', 'kebelakangan ini'], 'recently'],
      [['tadi malam', 'malam tadi'], 'last night'],
      [['tengah malam'], 'midnight'],
      [['minggu depan'], 'next week'],
      [['bulan depan'], 'next month'],
      [['tahun depan'], 'next year'],
      [['saat ini', 'masa ini'], 'now'],
      [['perdana menteri'], 'prime minister'],
      [['juru bicara'], 'spokesman'],
      [['kerja sama', 'kerjasama'], 'cooperation'],
      [['bekerja sama'], 'cooperated'],
      [['bahan peledak', 'bahan letupan'], 'explosives'],
      [['bom mobil', 'bom kereta'], 'car bomb'],
      [['kantor berita', 'agensi berita', 'agen berita'], 'news agency'],
      [['unjuk rasa'], 'protest'],
      [['pengunjuk rasa'], 'protesters'],
      [['orang asing'], 'foreigners'],
      [['menarik perhatian'], 'drew attention'],
      [['memakan korban', 'makan korban', 'meragut nyawa'], 'killed'],
      [['pasukan keamanan', 'aparat keamanan', 'pasukan keselamatan'], 'security forces'],
      [
        ['badan intelijen', 'dinas intelijen', 'agensi perisikan', 'badan perisikan'],
        'intelligence agencies',
      ],
      // "Siapa yang ikut menulis laporan itu": who took part in writing it, the credit a report gives.
      [
        [
          'ikut menulis',
          'ikut nulis',
          'turut menulis',
          'ikut melaporkan',
          'turut melaporkan',
          'ikut meliput',
        ],
        'contributed',
      ],
      [['arab saudi'], 'Saudi Arabia'],
      [['afrika selatan'], 'South Africa'],
      [['asia selatan'], 'South Asia'],
      [['asia tenggara'], 'Southeast Asia'],
      [['uni eropa', 'kesatuan eropah'], 'European Union'],
      // "Kasih tau dong", "bagi tahu": asking to be told is asking.
      [['kasih tau', 'kasih tahu', 'kasi tau', 'kasi tahu', 'bagi tahu', 'bagi tau'], ''],
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
/** The first words of the phrases. */
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...PHRASES.keys()].map((phrase) => phrase.split(' ')[0]!),
);

/** The phrases that frame a yes/no question, as opposed to "ada yang tahu" (empty, and asking nothing). */
const YES_NO_PHRASE =
  /^(?:apa(?:kah)? b|emang b|bene?a?r |betul |atau |ato |apa (?:gak|nggak|tidak|belum)|ke |ya |kan |bukan )/;

/** The English a question opens with, as glossed. */
const QUESTION_WORD = /^(?:how|what|who|which|when|where|why|since when|until when)\b/;

/** An English question's first word: such a message needs a third marker ("who is Yang Li, in Bali?"). */
const ENGLISH_OPENING =
  /^\W*(?:what|whats|who|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)\b/i;

/** Bahasa's names in capitals that English writes otherwise: "serangan udara AS" is the US's. */
const ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['AS', 'US'],
  ['PBB', 'UN'],
  ['UE', 'EU'],
]);

/** The most words a message may have to be Bahasa by one strong question word alone ("kapan iskp mulai?"). */
const MAX_SHORT_WORDS = 6;

/** Closing words that ask yes or no ("ISKP yg klaim gak?", "dah tangkap ke?", "korban ada tak?"). */
const YES_NO_CLOSING = new Set(
  'gak ga gk nggak ngga enggak engga tidak tdk tak x belum blm blom ke kah kan ya bukan bkn'.split(' '),
);

/** Words that ask yes or no wherever they stand ("apakah ISKP yang klaim", "adakah polis tahu"). */
const YES_NO_ASKING = new Set('apakah adakah bukankah benarkah betulkah bnrkah'.split(' '));

/**
 * Words that ask yes or no opening a question ("emang dia pelakunya?", "masa sih ISKP?"), and elsewhere are
 * only stress ("memang") or are glossed ("masa letupan tu", during the blast).
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
    .map((pair): [string, string] => pair.replace(/_/g, ' ').split(':') as [string, string])
    .concat(ROOT_GLOSSARY.pasts),
);

/** The English of things ("attack", "shrine"): a question word keeps its thing ("berapa serangan"). */
const THING_GLOSSES = new Set([...glossary(THINGS).map(([, english]) => english), ...ROOT_GLOSSARY.things]);

/** The English of doing ("died", "started"): "baru" before one is "only then", not "new". */
const VERB_GLOSSES = new Set([
  ...glossary(VERBS).map(([, english]) => english),
  ...ROOT_GLOSSARY.pasts.map(([past]) => past),
]);

/** Modal words the gloss gives: a yes/no question with one asks by it ("will ISKP attack again?"). */
const MODALS = new Set(['will', 'can']);

/**
 * The words of a message as typed, without the punctuation around them ("banjir?" is "banjir"); a word
 * said twice with a hyphen ("korban-korban", "luka-luka") is the word once, as it is with a "2" after it.
 */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map(withoutEdges)
    .filter((word) => word !== '')
    .map((word) => {
      const halves = word.split('-');
      return halves.length === 2 && halves[0]!.toLowerCase() === halves[1]!.toLowerCase() ? halves[0]! : word;
    });
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

/**
 * The affixed forms of the roots ("diserang", "penyerangan", "nyerang"): only Bahasa types them, so each is a
 * marker, but for the few other languages type too.
 */
const MADE_MARKERS = new Set(ROOT_GLOSSARY.markers.filter((form) => !NOT_MARKERS.has(form)));

/** Is the word one only Bahasa uses (see MARKERS)? */
function isMarker(word: string): boolean {
  return MARKERS.has(word) || MADE_MARKERS.has(word);
}

/** Is the word one the glossary reads ("meninggal", "yg")? In a Bahasa message it is no English slip. */
export function isBahasaWord(word: string): boolean {
  const lower = word.toLowerCase();
  return known(lower) || isMarker(lower);
}

/** Does the glossary read the word as Bahasa, not as the English word it is spelled as ("video", "hotel")? */
function readAsBahasa(word: string): boolean {
  return (known(word) && glossOf(word)?.toLowerCase() !== word) || isMarker(word) || SMALL.has(word);
}

/** How many distinct words of a set a message holds. */
function countOf(words: ReadonlySet<string>, set: ReadonlySet<string>): number {
  return [...words].filter((word) => set.has(word)).length;
}

/** The phrase starting at a word, as its English and the number of words it takes; none when none starts. */
function phraseAt(words: readonly string[], start: number): [string, number] | undefined {
  // Most words start no phrase: a set lookup spares joining slices for them (every question passes here).
  if (!PHRASE_STARTS.has(words[start] ?? '')) return undefined;
  for (let length = Math.min(LONGEST_PHRASE, words.length - start); length >= 1; length--) {
    const english = PHRASES.get(words.slice(start, start + length).join(' '));
    if (english !== undefined) return [english, length];
  }
  return undefined;
}

/**
 * Is the message Indonesian or Malay? It holds two distinct Bahasa marker words (three when it opens as an
 * English question and no Bahasa word asks); the words of a phrase that asks ("macam mana", "ke mana") count
 * too. Or it holds one, and three of Bahasa's small words ("ISKP nyerang di mana aja?") or mostly words the
 * glossary reads ("korban ledakan di makam itu"); or it is short and asks with a strong question word and no
 * English one ("siapa dylan o'driscoll?", "kapan iskp mulai?"). A word in capitals does not count unless all
 * is in capitals ("Yang" counts neither: a name), and a message with two of Roman Urdu's, Bengali's or
 * Tagalog's commonest words, or two of Spanish's or Portuguese's, is not Bahasa.
 */
export function isBahasa(text: string): boolean {
  const shouting = isShouting(text);
  const typed = wordsOf(text).filter((word) => shouting || !ACRONYM.test(word));
  const words = typed.map((word) => word.toLowerCase());
  const distinct = new Set(words);
  if (countOf(distinct, OTHER) >= 2 || countOf(distinct, ROMANCE) >= 2) return false;
  const counted = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const phrase = phraseAt(words, i);
    if (phrase !== undefined && QUESTION_WORD.test(phrase[0]))
      for (const part of words.slice(i, i + phrase[1])) counted.add(part);
    if (isMarker(word) && !(typed[i] === 'Yang' && !shouting)) counted.add(word);
    // A word the glossary knows with "-nya" ("korbannya", "pelakunya"), and "bila" opening ("bila dia
    // mula?"; Urdu's "bila wajah" comes with Urdu's own words).
    else if (/^\p{L}{3,}nya$/u.test(word) && (glossOf(word) !== undefined || isMarker(word.slice(0, -3))))
      counted.add(word);
    else if (i === 0 && /^(?:bila|bile)$/.test(word)) counted.add(word);
  }
  // "IS emang fokus ke pakistan gak?": a name in capitals opening ("IS", "WHO") is no English question word.
  const first = wordsOf(text)[0] ?? '';
  const englishOpening =
    ENGLISH_OPENING.test(text) &&
    (shouting || !ACRONYM.test(first)) &&
    !words.some((word) => QUESTION_WORD.test(glossOf(word) ?? ''));
  if (counted.size >= (englishOpening ? 3 : 2)) return true;
  if (englishOpening) return false;
  // One marker among three small words or mostly words read as Bahasa, or none among nearly all such words
  // ("IS kena halau dari irak ke?").
  const small = [...distinct].filter((word) => SMALL.has(word) && !counted.has(word)).length;
  const read = words.filter(readAsBahasa).length;
  if (counted.size === 1 && (small >= 3 || (words.length >= 3 && read * 2 > words.length))) return true;
  if (words.length >= 4 && read >= words.length * 0.8) return true;
  return (
    words.length <= MAX_SHORT_WORDS &&
    words.some((word) => ASKERS.has(word)) &&
    !words.some((word) => ENGLISH_FRAME.has(word))
  );
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
    // A number in words ("lima puluh dua orang"), written as the articles write it ("52 people").
    const number = name(spelt) ? undefined : numberAt(words, i);
    if (number !== undefined) {
      pieces.push({ text: number[0], glossed: false });
      i += number[1];
      continue;
    }
    i++;
    const next = words[i];
    const closing = i === words.length || (next !== undefined && /^(?:yang|yg|tak|belum|blm)$/.test(next));
    // A name in capitals as typed; "AS" (Amerika Serikat) and "PBB" as English writes them.
    if (name(spelt)) pieces.push({ text: ACRONYMS.get(spelt) ?? spelt, glossed: false });
    // "Coba" and "cuba" opening only ask politely ("coba jelasin"), and "kok" opening asks why.
    else if (/^(?:coba|cuba)$/.test(word) && pieces.length === 0) continue;
    else if (word === 'kok' && pieces.length === 0 && i === 1) pieces.push({ text: 'why', glossed: true });
    // Malay's "kena" before a deed makes it done to someone ("kena tangkap" is "arrested").
    else if (word === 'kena' && VERB_GLOSSES.has(glossOf(next ?? '') ?? '')) continue;
    // "Apakah", "benarkah" anywhere, and "emang" or "masa" opening: yes or no ("emang dia pelakunya?").
    else if (YES_NO_ASKING.has(word) || (YES_NO_OPENING.has(word) && pieces.length === 0)) yesNo = true;
    // A closing "gak", "tak", "belum", "ke" ("dah tangkap ke?", "ISKP ke yang buat?") asks yes or no;
    // elsewhere "gak" is "not" and "ke" is "to".
    else if (YES_NO_CLOSING.has(word) && closing && pieces.length > 0) yesNo = true;
    // Malay's "ke" after the word it asks of, before a deed ("dah lama ke serang"), asks yes or no too.
    else if (word === 'ke' && pieces.length > 0 && VERB_GLOSSES.has(glossOf(next ?? '') ?? '')) yesNo = true;
    else if (word === 'ke') pieces.push({ text: 'to', glossed: true });
    // "Ada": "there is", dropped; a yes/no question asks "is" by it.
    else if (THERE_IS.has(word)) thereIs = true;
    // "Masa" after a deed is the time chosen ("pilih masa serangan"); elsewhere it is "during" ("masa letupan tu").
    else if (word === 'masa' && pieces.length > 0 && VERB_GLOSSES.has(pieces[pieces.length - 1]!.text))
      pieces.push({ text: 'time', glossed: true });
    // "Baru" before a verb is "only then" ("berapa lama baru padam"): it says nothing searched.
    else if (word === 'baru' && VERB_GLOSSES.has(glossOf(next ?? '') ?? '')) continue;
    // "Itu" before a question word only points at the topic ("ISKP itu apa?").
    else if (/^(?:itu|ini)$/.test(word) && QUESTION_WORD.test(glossOf(next ?? '') ?? '')) continue;
    else if (DROPPED.has(word)) continue;
    else {
      // A word the glossary lacks keeps its spelling, without the "-nya" (the) Bahasa puts on English words
      // too ("alarmnya" is "alarm").
      const english = glossOf(word);
      const bare = /^(\p{L}{4,})nya$/u.exec(spelt)?.[1] ?? spelt;
      pieces.push(english === undefined ? { text: bare, glossed: false } : { text: english, glossed: true });
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
  // "Apa tanggapan Taliban", "siapa presiden Pakistan": a thing asked of with no deed asks what or who it is,
  // as English asks it ("what is response Taliban").
  const deed = pieces.some(
    (piece) => piece.glossed && (VERB_GLOSSES.has(piece.text) || BASE_FORMS.has(piece.text)),
  );
  if (
    asked >= 0 &&
    /^(?:what|who)$/.test(pieces[0]!.text) &&
    !deed &&
    isThing(pieces[1]) &&
    pieces[1]!.glossed
  )
    pieces.splice(1, 0, { text: 'is', glossed: true });
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
