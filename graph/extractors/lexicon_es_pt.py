"""The grammar of Spanish and Portuguese names: head nouns, connectors, titles and cue words.

Spanish and Portuguese names are head-first: "Ministerio de Transporte y Comunicaciones del
Perú", "Banco Nacional de Desenvolvimento Econômico e Social", "Universidad Nacional Autónoma de
México". The *head* (the first noun) says what the thing is; capitalized adjectives and
complements introduced by lower-case connectors ("de", "del", "da", "para", "y", "e") follow it.
Everything here is general knowledge of the genre; no entity of any document.
"""

from __future__ import annotations

from ..records import EntityClass as C

GOV, CO, ORG, IO = C.GOVERNMENT_BODY, C.COMPANY, C.ORGANIZATION, C.INTERNATIONAL_ORGANIZATION
AGR, PROJ, EVT, INIT = C.AGREEMENT, C.PROJECT, C.EVENT, C.INITIATIVE

# Head nouns shared by both languages (lower case, accents as printed).
_HEADS_COMMON: dict[str, C] = {
    # government bodies
    "ministerio": GOV, "ministério": GOV, "viceministerio": GOV, "subsecretaría": GOV,
    "agencia": GOV, "agência": GOV, "comisión": GOV, "comissão": GOV, "consejo": GOV, "conselho": GOV,
    "dirección": GOV, "direção": GOV, "direccion": GOV, "departamento": GOV, "superintendencia": GOV,
    "superintendência": GOV, "autoridad": GOV, "autoridade": GOV, "cancillería": GOV, "chancelaria": GOV,
    "presidencia": GOV, "presidência": GOV, "congreso": GOV, "congresso": GOV, "senado": GOV,
    "asamblea": GOV, "assembleia": GOV, "parlamento": GOV, "embajada": GOV, "embaixada": GOV,
    "consulado": GOV, "tribunal": GOV, "corte": GOV, "aduana": GOV, "aduanas": GOV, "procuraduría": GOV,
    "contraloría": GOV, "fiscalía": GOV, "alcaldía": GOV, "prefeitura": GOV, "municipalidad": GOV,
    "gobernación": GOV, "intendencia": GOV, "servicio": GOV, "serviço": GOV, "administración": GOV,
    "administração": GOV, "organismo": GOV, "junta": GOV, "ministerios": GOV, "ministérios": GOV,
    "defensoría": GOV, "defensoria": GOV, "ouvidoria": GOV, "controladoria": GOV, "tesoro": GOV, "tesouro": GOV,
    "receita": GOV, "vicepresidencia": GOV, "vice-presidência": GOV, "gobierno": GOV, "governo": GOV,
    # companies
    "empresa": CO, "compañía": CO, "companhia": CO, "cía": CO, "cia": CO, "corporación": CO,
    "corporação": CO, "grupo": CO, "consorcio": CO, "consórcio": CO, "holding": CO, "banco": CO,
    "fondo": CO, "fundo": CO, "sociedad": ORG, "sociedade": ORG,
    "petróleos": CO, "constructora": CO, "construtora": CO, "minera": CO, "mineradora": CO,
    "naviera": CO, "aerolíneas": CO, "yacimientos": CO,
    # other organizations
    "universidad": ORG, "universidade": ORG, "instituto": ORG, "academia": ORG, "asociación": ORG,
    "associação": ORG, "cámara": ORG, "câmara": ORG, "partido": ORG, "fundación": ORG, "fundação": ORG,
    "centro": ORG, "colegio": ORG, "escuela": ORG, "escola": ORG, "facultad": ORG, "faculdade": ORG,
    "federación": ORG, "federação": ORG, "confederación": ORG, "confederação": ORG, "sindicato": ORG,
    "observatorio": ORG, "observatório": ORG, "red": ORG, "rede": ORG, "comité": ORG, "comitê": ORG,
    "liga": ORG, "unión": ORG, "união": ORG, "cooperativa": ORG, "secretariado": ORG, "diario": ORG,
    "periódico": ORG, "museo": ORG, "museu": ORG, "laboratorio": ORG, "laboratório": ORG,
    # international organizations
    "organización": IO, "organização": IO, "comunidad": IO, "comunidade": IO, "alianza": IO, "aliança": IO,
    "mercado": IO,
    # events
    "foro": EVT, "fórum": EVT, "forum": EVT, "cumbre": EVT, "cúpula": EVT, "cimeira": EVT,
    "reunión": EVT, "reunião": EVT,
    "encuentro": EVT, "encontro": EVT, "seminario": EVT, "seminário": EVT, "simposio": EVT, "simpósio": EVT,
    "conferencia": EVT, "conferência": EVT, "feria": EVT, "feira": EVT, "exposición": EVT, "exposição": EVT,
    "expo": EVT, "taller": EVT, "diálogo": EVT, "ceremonia": EVT, "cerimonia": EVT, "cerimônia": EVT,
    "festival": EVT, "semana": EVT, "jornada": EVT, "jornadas": EVT, "curso": EVT, "congresso mundial": EVT,
    "exhibición": EVT, "conversatorio": EVT, "juegos": EVT, "jogos": EVT, "visita": EVT, "mesa": EVT,
    "rueda": EVT, "misión": EVT, "missão": EVT, "webinar": EVT, "convención": EVT, "convenção": EVT,
    # agreements
    "tratado": AGR, "acuerdo": AGR, "acordo": AGR, "acuerdos": AGR, "acordos": AGR, "memorando": AGR,
    "memorándum": AGR, "memorandum": AGR, "declaración": AGR, "declaração": AGR, "convenio": AGR,
    "convênio": AGR, "protocolo": AGR, "carta": AGR, "pacto": AGR, "consenso": AGR, "comunicado": AGR,
    "parceria": AGR, "tlc": AGR,
    # projects
    "ferrocarril": PROJ, "ferrovía": PROJ, "ferrovia": PROJ, "tren": PROJ, "trem": PROJ, "metro": PROJ,
    "metrô": PROJ, "línea": PROJ, "linha": PROJ, "puerto": PROJ, "porto": PROJ, "megapuerto": PROJ,
    "represa": PROJ, "presa": PROJ, "embalse": PROJ, "central": PROJ, "hidroeléctrica": PROJ,
    "hidroelétrica": PROJ, "hidrelétrica": PROJ, "usina": PROJ, "parque": PROJ, "carretera": PROJ,
    "autopista": PROJ, "rodovia": PROJ, "estrada": PROJ, "caminho": PROJ,
    "puente": PROJ, "ponte": PROJ, "corredor": PROJ, "túnel": PROJ,
    "aeropuerto": PROJ, "aeroporto": PROJ, "canal": PROJ, "planta": PROJ, "mina": PROJ, "refinería": PROJ,
    "refinaria": PROJ, "gasoducto": PROJ, "gasoduto": PROJ, "oleoducto": PROJ, "oleoduto": PROJ,
    "terminal": PROJ, "estación": PROJ, "estação": PROJ, "proyecto": PROJ, "projeto": PROJ,
    "satélite": PROJ, "teleférico": PROJ, "complejo": PROJ, "complexo": PROJ, "acueducto": PROJ,
    # initiatives
    "iniciativa": INIT, "estrategia": INIT, "estratégia": INIT, "agenda": INIT, "programa": INIT,
    "plan": INIT, "plano": INIT, "política": INIT, "visión": INIT, "visão": INIT,
}

# Spanish "Secretaría" is a body and "Secretaria" a post; Portuguese "Secretaria" is the body and
# "oficina" a workshop, while Spanish "Oficina" is an office.
HEADS_ES: dict[str, C] = {**_HEADS_COMMON, "secretaría": GOV, "oficina": GOV}
HEADS_PT: dict[str, C] = {**_HEADS_COMMON, "secretaria": GOV, "oficina": EVT, "escritório": GOV}


def heads(language: str) -> dict[str, C]:
    return HEADS_PT if language == "pt" else HEADS_ES


# Words that may stand before the head of a name: ordinals and a few adjectives.
ORDINAL_WORDS = frozenset(
    """primer primera primero segundo segunda tercer tercera tercero cuarto cuarta quinto quinta sexto sexta
    séptimo séptima octavo octava noveno novena décimo décima undécimo undécima duodécimo duodécima
    primeiro primeira terceiro terceira sétimo sétima oitavo oitava nono nona""".split()
)
PRE_HEAD = frozenset({"gran", "grande", "nuevo", "nueva", "novo", "nova", "alta", "alto", "magna", "i", "ii", "iii",
                      "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
                      "xvii", "xviii", "xix", "xx", "xxi"}) | ORDINAL_WORDS

# Lower-case words that join the parts of a name.
PREPOSITIONS = frozenset(
    {"de", "del", "da", "do", "das", "dos", "para", "sobre", "entre", "contra", "con", "com", "al", "ao", "à",
     "aos", "às", "en", "em", "no", "na", "nos", "nas", "y", "e", "por", "pelo", "pela"}
)
ARTICLES = frozenset({"el", "la", "los", "las", "lo", "o", "a", "os", "as"})
CONNECTORS = PREPOSITIONS | ARTICLES
CONJUNCTIONS = frozenset({"y", "e"})


# Capitalized words that start sentences or describe, never start a name.
STOP_CAPS = frozenset(
    """El La Los Las Lo Un Una Unos Unas O A Os As Um Uma Uns Umas En Em Con Com Por Para Según Segundo
    Durante Tras Desde Hasta Entre Sobre Ante Bajo Sin Este Esta Estos Estas Ese Esa Esos Esas Aquel Aquella
    Esse Essa Esses Essas Isso Isto Aquele Aquela Además Asimismo También Também Sin Mientras Cuando Quando
    Donde Onde Como Que Qué Quien Quién Cual Cuál Qual Al Ao Del Da Do Das Dos No Na Nos Nas Y E Pero Mas
    Porém Sin Embargo Así Assim Hoy Hoje Ayer Ontem Mañana Amanhã Su Sus Seu Sua Seus Suas Nuestro Nuestra
    Nosso Nossa Ello Ella Ellos Ellas Ele Ela Eles Elas Él Se Le Les Lhe Todos Todas Todo Toda Cada Otro
    Otra Otros Otras Outro Outra Outros Outras Ambos Ambas Varios Varias Vários Várias Algunos Algunas
    Alguns Algumas Muchos Muchas Muitos Muitas Dicho Dicha Tal Tales Luego Después Depois Antes Ahora Agora
    Actualmente Atualmente Recientemente Recentemente Finalmente Igualmente Posteriormente Previamente Aún
    Ainda Ya Já Allí Ali Aquí Aqui Allá Lá Sí Sim Si Se Tanto Según Acerca Junto Conforme Mediante
    Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Setiembre Octubre Noviembre Diciembre
    Janeiro Fevereiro Março Maio Junho Julho Setembro Outubro Novembro Dezembro
    Lunes Martes Miércoles Jueves Viernes Sábado Domingo Segunda-feira Terça-feira Quarta-feira
    Quinta-feira Sexta-feira Foto Fotos Fuente Fonte Leia Lea Ver Vea Veja Nota Crédito Créditos""".split()
)

# Titles and posts (lower case), both languages. Multiword titles come first in the regex.
TITLES = frozenset(
    """presidente presidenta vicepresidente vicepresidenta vice-presidente vice-presidenta ministro ministra
    viceministro viceministra vice-ministro vice-ministra canciller chanceler embajador embajadora
    embaixador embaixadora secretario secretaria secretário secretária subsecretario subsecretaria
    director directora diretor diretora gerente jefe jefa chefe gobernador gobernadora governador
    governadora alcalde alcaldesa prefeito prefeita diputado diputada deputado deputada senador senadora
    asesor asesora assessor assessora representante coordinador coordinadora coordenador coordenadora
    mandatario mandataria mandatário mandatária consejero consejera conselheiro conselheira cónsul
    cônsul portavoz porta-voz vocero vocera líder rector rectora reitor reitora decano decana
    investigador investigadora pesquisador pesquisadora profesor profesora professor professora
    académico académica acadêmico acadêmica experto experta especialista analista economista fundador
    fundadora homólogo homóloga rey reina rei rainha premier primer-ministro primeiro-ministro
    ministro-chefe comandante enviado enviada agregado agregada delegado delegada titular encargado
    encargada responsable responsável ejecutivo ejecutiva executivo executiva empresario empresaria
    empresário empresária fundador sócio socio socia directivo directiva dirigente""".split()
)
MULTIWORD_TITLES = (
    "primer ministro", "primera ministra", "primeiro-ministro", "primeiro ministro", "primeira-ministra",
    "viceprimer ministro", "vice-primeiro-ministro", "secretario general", "secretaria general",
    "secretário-geral", "secretária-geral", "secretario ejecutivo", "secretaria ejecutiva",
    "secretário executivo", "secretária executiva", "director general", "directora general",
    "diretor-geral", "diretora-geral", "director ejecutivo", "directora ejecutiva", "diretor executivo",
    "diretora executiva", "consejero de estado", "conselheiro de estado", "jefe de estado", "jefa de estado",
    "chefe de estado", "jefe de gabinete", "jefa de gabinete", "presidente ejecutivo", "presidenta ejecutiva",
    "presidente executivo", "presidente pro tempore", "presidenta pro tempore", "ministro-chefe",
    "encargado de negocios", "encargada de negocios", "encarregado de negócios", "ministro consejero",
    "cónsul general", "cônsul-geral", "cônsul geral", "cónsul-general", "consulesa general",
    "ministra consejera", "embajador extraordinario y plenipotenciario",
)
# Titles strong enough to name a person by one word ("el presidente Lula").
STRONG_TITLES = frozenset(
    """presidente presidenta canciller chanceler ministro ministra embajador embajadora embaixador embaixadora
    gobernador gobernadora governador governadora alcalde alcaldesa prefeito prefeita senador senadora
    mandatario mandataria mandatário rey reina premier vicepresidente vicepresidenta vice-presidente""".split()
)
HONORIFICS = frozenset({"sr", "sra", "srta", "dr", "dra", "lic", "ing", "prof", "profa", "don", "doña", "dom",
                        "excmo", "excma", "señor", "señora", "senhor", "senhora"})

# Modifiers that alone do not make a name: "Reunión Ministerial", "Declaración Conjunta".
GENERIC_MODIFIERS = frozenset(
    """conjunta conjunto especial nacional general internacional bilateral multilateral regional anual
    ministerial económica económico econômica econômico comercial estratégica estratégico integral global
    cooperación cooperação alto alta nivel nível oficial técnica técnico política político empresarial
    conjuntas conjuntos presidencial sectorial setorial final inaugural plenaria plenária ordinaria
    ordinária extraordinaria extraordinária virtual abierta aberta pública público entendimiento entendimento
    intención intenção intenciones intenções acción ação mutuo mútuo marco quadro""".split()
)

# Partnerships and associations between states are agreements, not associations.
PARTNERSHIP_WORDS = frozenset({"estratégica", "estratégico", "integral", "global", "abrangente", "cooperativa",
                               "amplia", "ampla", "estrategica"})
AGREEMENT_PLAN_WORDS = frozenset({"acción", "ação", "conjunto", "conjunta", "cooperación", "cooperação", "trabajo",
                                  "trabalho"})
CENTRAL_BANK_WORDS = frozenset({"central", "reserva"})
DEVELOPMENT_WORDS = frozenset({"desarrollo", "desenvolvimento", "fomento", "exportación", "exportação",
                               "inversión", "investimento", "importación", "importação"})
REGIONAL_WORDS = frozenset(
    """interamericano interamericana latinoamericano latinoamericana latino-americano latino-americana
    americano americana asiático asiática africano africana europeo europea europeu europeia mundial
    internacional caribe centroamericano centroamericana andino andina sur sul américa áfrica asia ásia
    europa brics""".split()
)
# Projects whose head needs a complement to be a name ("Puerto de Chancay", not "Puerto Rico").
NEEDS_COMPLEMENT = frozenset({"puerto", "porto", "línea", "linha", "canal", "mina", "planta", "estación", "estação",
                              "terminal", "corredor", "central", "parque", "mesa", "rueda", "visita", "semana",
                              "carta", "corte", "junta", "red", "rede", "liga", "mercado", "servicio", "serviço",
                              "organismo", "curso", "presa", "centro", "plan", "plano", "política", "complejo",
                              "complexo", "programa", "agenda", "jornada", "diálogo", "consenso", "comunicado",
                              "gobierno", "governo", "estrada", "caminho"})
# "Central Hidroeléctrica", "Parque Solar": project heads that need the second word.
POWER_WORDS = frozenset({"hidroeléctrica", "hidroelétrica", "hidrelétrica", "térmica", "termoeléctrica",
                         "termelétrica", "nuclear", "solar", "eólica", "eólico", "fotovoltaica", "fotovoltaico",
                         "geotérmica", "industrial", "tecnológico", "tecnológica", "logístico", "logística",
                         "científico", "científica", "energético", "energética", "hidroeléctrico"})
VENUE_WORDS = frozenset({"convenciones", "convenções", "exposiciones", "exposições", "eventos", "conferencias",
                         "conferências", "prensa", "imprensa", "comercial", "histórico", "nacional"})

# Lower-case words that introduce a project by its kind: "la central hidroeléctrica X", "el puerto de X".
PROJECT_KINDS = (
    "central hidroeléctrica", "central hidroelétrica", "central térmica", "central nuclear", "central solar",
    "usina hidrelétrica", "usina hidroelétrica", "usina solar", "usina eólica", "usina nuclear",
    "usina termelétrica", "parque solar", "parque eólico", "parque fotovoltaico", "planta solar",
    "planta fotovoltaica", "complejo hidroeléctrico", "proyecto hidroeléctrico", "hidroeléctrica",
    "complejo industrial", "complexo industrial", "polo industrial", "parque industrial",
    "hidrelétrica", "represa", "ferrocarril", "ferrovía", "ferrovia", "tren", "trem", "metro", "metrô",
    "puerto", "porto", "megapuerto", "terminal portuaria", "terminal portuário", "aeropuerto", "aeroporto",
    "carretera", "autopista", "rodovia", "puente", "ponte", "túnel", "corredor", "mina", "proyecto minero",
    "projeto de mineração", "refinería", "refinaria", "gasoducto", "gasoduto", "oleoducto", "oleoduto",
    "satélite", "teleférico", "proyecto", "projeto", "canal",
)
# "la empresa china X", "a estatal brasileira X": a company named after its kind.
COMPANY_KINDS = (
    "empresa", "empresas", "compañía", "companhia", "firma", "constructora", "construtora", "minera",
    "mineradora", "naviera", "operadora", "petrolera", "petroleira", "automotriz", "montadora", "fabricante",
    "estatal", "gigante", "tecnológica", "consorcio", "consórcio", "aerolínea", "companhia aérea", "banco",
    "multinacional", "compañía estatal", "empresa estatal", "grupo", "firmas", "compañías", "companhias",
    "distribuidora", "transmisora", "transmissora", "generadora", "geradora", "eléctrica", "elétrica",
    "siderúrgica", "aseguradora", "seguradora", "empreiteira", "productora", "produtora", "petrolífera",
)

# Cue words of relations (regex fragments, lower case).
PARTICIPATION_VERBS = (
    "participó", "participaron", "participa", "participará", "participou", "participaram", "participam",
    "asistió", "asistieron", "assistiu", "dijo", "afirmó", "señaló", "destacó", "indicó", "expresó",
    "declaró", "subrayó", "resaltó", "sostuvo", "explicó", "agregó", "añadió", "manifestó", "enfatizó",
    "aseguró", "consideró", "apuntó", "mencionó", "presentó", "intervino", "inauguró", "clausuró",
    "presidió", "moderó", "pronunció", "abrió", "cerró", "encabezó", "inauguraron", "encabezaron",
    "disse", "afirmou", "destacou", "declarou", "ressaltou", "explicou",
    "acrescentou", "salientou", "enfatizou", "apontou", "observou", "apresentou", "discursou", "abriu",
    "encerrou", "presidiu", "moderou", "proferiu", "sublinhou", "defendeu", "defendió", "propuso", "propôs",
    "en su discurso", "em seu discurso", "no seu discurso", "en su intervención", "em sua fala",
    "recordó", "advirtió", "anunció", "reiteró", "comentó", "planteó", "instó", "pidió", "insistió",
    "celebró", "saludó", "felicitó", "valoró", "calificó", "precisó", "detalló", "informó", "aseveró",
    "lembrou", "alertou", "anunciou", "reiterou", "comentou", "pediu", "avaliou", "elogiou", "informou",
    "garantiu", "assegurou", "frisou", "citou", "participaron", "asistieron", "presentaron", "expusieron",
    "intervinieron", "dijeron", "coincidieron", "firmaron", "suscribieron", "assinaram", "apresentaram",
    "discutieron", "debatieron", "discutiram", "debateram", "expôs", "expuso", "participar", "asistir",
    "participarán", "llegó", "llegaron", "chegou", "chegaram", "visitó", "visitaron", "visitou", "encabezó",
    "encabezará", "presidirá", "presidida", "presidido", "encabezada", "encabezado",
    "estuvo presente", "estuvieron presentes", "esteve presente", "estiveram presentes",
)
ORGANIZED_CUES = (
    r"organizad[oa]s?\s+(?:conjuntamente\s+)?(?:por|pel[oa]s?)", r"co-?organizad[oa]s?\s+(?:por|pel[oa]s?)",
    r"co-?patrocinad[oa]s?\s+(?:por|pel[oa]s?)", r"co-?auspiciad[oa]s?\s+por", r"copresidid[oa]s?\s+por",
    r"auspiciad[oa]s?\s+por", r"patrocinad[oa]s?\s+(?:por|pel[oa]s?)", r"convocad[oa]s?\s+(?:por|pel[oa]s?)",
    r"promovid[oa]s?\s+(?:por|pel[oa]s?)", r"organizad[oa]s?\s+em\s+conjunto\s+(?:por|pel[oa]s?)",
    r"bajo\s+los\s+auspicios\s+(?:de(?:l)?|del)", r"sob\s+os\s+auspícios\s+d[eoa]s?",
    r"con\s+el\s+auspicio\s+de(?:l)?", r"(?<!\w)(?:anfitrión|anfitriã|anfitrião)\s*(?:fue|foi|:)?",
    r"realizad[oa]s?\s+pel[oa]s?", r"con\s+el\s+(?:apoyo|patrocinio|respaldo)\s+de(?:l)?",
    r"com\s+o\s+(?:apoio|patrocínio)\s+d[eoa]s?",
)
LOCATED_CUES = (
    r"celebrad[oa]s?", r"realizad[oa]s?", r"tuvo\s+lugar", r"tendrá\s+lugar", r"teve\s+lugar",
    r"se\s+celebr[óa]", r"se\s+celebrará", r"se\s+realiz[óa]", r"se\s+realizará", r"se\s+llevó\s+a\s+cabo",
    r"se\s+llevará\s+a\s+cabo", r"llevad[oa]\s+a\s+cabo", r"ocorreu", r"ocorrerá", r"aconteceu",
    r"acontecerá", r"sediad[oa]", r"realizou-se", r"celebrou-se", r"inaugurad[oa]", r"desarrollad[oa]",
    r"organizad[oa]", r"se\s+desarroll[óa]", r"reunid[oa]s?", r"se\s+reunieron", r"se\s+reuniram",
    r"que\s+se\s+celebra", r"que\s+se\s+realiza", r"clausurad[oa]", r"se\s+inaugur[óa]", r"inauguran?",
    r"inaugur(?:ó|aron|ou|aram)", r"termin(?:ó|ou|a)", r"conclu(?:yó|iu|ye)", r"comenz(?:ó|aba)", r"começ(?:ou|a)",
    r"abri(?:ó|u)", r"inici(?:ó|ou)", r"clausur(?:ó|a)", r"encerr(?:ou|a)", r"se\s+celebran", r"se\s+realizan",
    r"se\s+reúnen", r"se\s+reúnem", r"ocurrió", r"tiene\s+lugar", r"tem\s+lugar", r"acontece",
)
IMPLEMENTED_CUES = (
    r"construid[oa]s?", r"construíd[oa]s?", r"ejecutad[oa]s?", r"executad[oa]s?", r"desarrollad[oa]s?",
    r"desenvolvid[oa]s?", r"operad[oa]s?", r"financiad[oa]s?", r"implementad[oa]s?", r"administrad[oa]s?",
    r"edificad[oa]s?", r"realizad[oa]s?", r"gestionad[oa]s?", r"geridos?", r"gerid[oa]s?",
    r"concesionad[oa]s?", r"adjudicad[oa]s?", r"explotad[oa]s?", r"explorad[oa]s?", r"liderad[oa]s?",
    r"controlad[oa]s?", r"encabezad[oa]s?", r"levantad[oa]s?", r"rehabilitad[oa]s?", r"investid[oa]s?",
)
IMPLEMENTING_VERBS = (
    r"constru(?:ye|yó|irá|yen|yeron|irán|iu|irá|íram|i)", r"constrói", r"opera(?:rá|n|ron|ou)?", r"opera",
    r"financi(?:a|ó|ará|an|aron|ou)", r"ejecut(?:a|ó|ará)", r"execut(?:a|ou|ará)", r"desarroll(?:a|ó|ará)",
    r"desenvolv(?:e|eu|erá)", r"administr(?:a|ó|ará)", r"ampli(?:ó|ará|ou)", r"moderniz(?:ó|ará|ou)",
    r"se\s+encarg(?:a|ó|ará)\s+de", r"está\s+a\s+cargo\s+de", r"tiene\s+a\s+su\s+cargo",
    r"se\s+adjudicó", r"ganó\s+la\s+licitación\s+(?:de|del|para)", r"venceu\s+a\s+licitação\s+d[eoa]",
    r"particip(?:ó|a|ará|ou|aron|aram)\s+(?:en|na|no)\s+(?:la\s+|a\s+)?(?:construcción|construção|ejecución|"
    r"execução|obras?)\s+(?:de(?:l)?|d[oa])\s+"
    r"(?:(?:un|una|um|uma)\s+(?:tramo|trecho|parte|sección|seção|fase)\s+(?:de(?:l)?|d[oa])\s+)?",
    r"se\s+encarg(?:ó|ará)\s+de\s+la\s+construcción\s+de(?:l)?",
    r"(?:va\s+a\s+|vai\s+)?invert(?:ir|irá|ió)\s+en", r"invierte\s+en",
    r"(?:vai\s+)?invest(?:ir|irá|iu|e)\s+(?:em|n[oa])",
    r"construir(?:á)?", r"(?:va\s+a|vai)\s+construir", r"financiar(?:á)?", r"(?:va\s+a|vai)\s+financiar",
    r"operar(?:á)?", r"(?:va\s+a|vai)\s+operar", r"se\s+encargará\s+de",
)
OPERATES_CUES = (
    r"opera(?:n|ba)?\s+(?:en|em|no|na|nos|nas)", r"operaciones\s+en", r"operações\s+(?:em|no|na|nos|nas)",
    r"invierte\s+en", r"invirtió\s+en", r"invertirá\s+en", r"inversiones\s+en", r"investe\s+(?:em|no|na)",
    r"investiu\s+(?:em|no|na)", r"investirá\s+(?:em|no|na)", r"investimentos?\s+(?:em|no|na|nos|nas)",
    r"presente\s+en", r"presença\s+(?:em|no|na|nos|nas)", r"presencia\s+en", r"filial(?:es)?\s+en",
    r"filial(?:is)?\s+(?:em|no|na)", r"subsidiaria\s+en", r"subsidiária\s+(?:em|no|na)", r"fábricas?\s+en",
    r"fábricas?\s+(?:em|no|na)", r"plantas?\s+en",
    r"desarroll(?:a|an|ó)\s+en", r"desenvolve(?:m)?\s+(?:em|no|na)",
    r"proyectos?\s+en", r"projetos?\s+(?:em|no|na|nos|nas)",
    r"atua(?:m)?\s+(?:em|no|na|nos|nas)", r"actúa\s+en", r"llegó\s+a", r"se\s+instaló\s+en",
    r"se\s+instalou\s+(?:em|no|na)", r"oficinas?\s+en", r"escritórios?\s+(?:em|no|na)", r"construye\s+en",
    r"construyó\s+en", r"constrói\s+(?:em|no|na)", r"construiu\s+(?:em|no|na)", r"vende\s+en",
    r"expandi[óu]\s+(?:sus|seus)?\s*(?:operaciones|negocios|operações|negócios)?\s*(?:en|em|no|na|a)",
    r"mercado\s+(?:de|del|do|da)",
)
JOIN_CUES = (
    r"se\s+adhiri[óe]\w*\s+a", r"se\s+adhieren\s+a", r"adhirió\s+a", r"se\s+sum[óa]\w*\s+a", r"se\s+unió\s+a",
    r"se\s+incorporó\s+a", r"adhesión\s+(?:formal\s+)?a", r"aderiu\s+(?:formalmente\s+)?[àa]o?",
    r"aderiram\s+[àa]o?", r"adesão\s+(?:formal\s+)?[àa]o?", r"se\s+juntou\s+[àa]o?", r"juntou-se\s+[àa]o?",
    r"ingressou\s+n[ao]", r"entrou\s+n[ao]", r"para\s+(?:sumarse|adherirse|unirse|incorporarse)\s+a",
    r"para\s+aderir\s+[àa]o?", r"firmó\s+su\s+adhesión\s+a", r"formalizó\s+su\s+(?:adhesión|ingreso)\s+a",
    r"(?:forma|formar|forman)\s+parte\s+de", r"faz(?:em)?\s+parte\s+d[ao]",
    # "se adhirió en 2018 a", "aderiu em março de 2019 à": the date between the verb and its object.
    r"(?:se\s+)?(?:adhiri[óe]|sum[óa]|unió|incorporó)\s+(?:formalmente\s+|oficialmente\s+)?en\s+"
    r"(?:[a-z]+\s+de\s+)?\d{4}\s+a",
    r"(?:aderiu|aderiram|ingressou)\s+(?:formalmente\s+|oficialmente\s+)?em\s+(?:[a-zç]+\s+de\s+)?\d{4}\s+[àa]o?",
)
MEMBER_CUES = (
    r"(?:países|estados|naciones|nações)\s+miembros?(?:\s+plenos?)?[^.;]{0,60}?(?:como|entre\s+ellos|incluidos|:)",
    r"(?:países|estados|nações)\s+membros?[^.;]{0,60}?(?:como|entre\s+eles|incluindo|:)",
    r"integrad[oa]\s+por", r"conformad[oa]\s+por", r"formad[oa]\s+por", r"compuest[oa]\s+por",
    r"compost[oa]\s+por", r"que\s+(?:reúne|agrupa)\s+a", r"miembros?\s+(?:son|incluyen)", r"membros?\s+(?:são|incluem)",
)
_DE_ES = r"(?:de|del)"
_DE_PT = r"d(?:e|o|a|os|as)"
MEMBER_VERBS = (
    r"(?:es\s+|é\s+)?(?:miembro|membro)\s+(?:fundador|fundadora|pleno|plena|permanente|asociado|associado|"
    r"observador|activo|ativo)\s+d(?:e|el|o|a)",
    r"(?:son\s+|são\s+)?(?:miembros|membros)\s+(?:fundadores|plenos|permanentes|asociados|associados|activos|"
    r"ativos)\s+d(?:e|el|o|a)",
    r"integra", r"integran", r"integram", r"conforman", r"ingresó\s+(?:a|en)", r"se\s+unió\s+a", r"ingressou\s+n[oa]",
    r"aderiu\s+a[o]?",
    r"forma\s+parte\s+" + _DE_ES, r"forman\s+parte\s+" + _DE_ES, r"es\s+miembro\s+(?:pleno\s+)?" + _DE_ES,
    r"son\s+miembros\s+(?:plenos\s+)?" + _DE_ES, r"miembro\s+" + _DE_ES,
    r"faz\s+parte\s+" + _DE_PT, r"fazem\s+parte\s+" + _DE_PT, r"é\s+membro\s+" + _DE_PT,
    r"são\s+membros\s+" + _DE_PT, r"membro\s+" + _DE_PT,
)
SIGN_VERBS = (
    r"firmaron", r"suscribieron", r"rubricaron", r"sellaron", r"assinaram", r"firmaram", r"celebraron",
    r"concluyeron", r"negociaron", r"renovaron", r"acordaron", r"establecieron", r"estabeleceram",
    r"elevaron", r"elevaram", r"firmarán", r"assinarão", r"suscribirán", r"formalizaron", r"formalizaram",
    r"renovaron", r"renovaram", r"ampliaron", r"ampliaram", r"actualizaron", r"atualizaram",
)

# Capitals and a few large cities: "celebrado en Lima" places an event in Peru. General knowledge;
# only used when the country itself is named in the same document.
CITIES: dict[str, str] = {
    "beijing": "CN", "pekín": "CN", "pequim": "CN", "shanghái": "CN", "shanghai": "CN", "xangai": "CN",
    "cantón": "CN", "guangzhou": "CN", "shenzhen": "CN", "macao": "MO", "macau": "MO", "hong kong": "HK",
    "lima": "PE", "brasilia": "BR", "brasília": "BR", "são paulo": "BR", "sao paulo": "BR",
    "río de janeiro": "BR", "rio de janeiro": "BR", "santiago de chile": "CL", "buenos aires": "AR",
    "bogotá": "CO", "ciudad de méxico": "MX", "cidade do méxico": "MX", "quito": "EC", "caracas": "VE",
    "la paz": "BO", "montevideo": "UY", "montevidéu": "UY", "asunción": "PY", "assunção": "PY",
    "la habana": "CU", "havana": "CU", "ciudad de panamá": "PA", "san josé": "CR", "managua": "NI",
    "tegucigalpa": "HN", "san salvador": "SV", "ciudad de guatemala": "GT", "santo domingo": "DO",
    "puerto príncipe": "HT", "kingston": "JM", "georgetown": "GY", "paramaribo": "SR",
    "puerto españa": "TT", "bridgetown": "BB", "nasáu": "BS", "nassau": "BS", "belmopán": "BZ",
    # Brazilian states and a few provinces and regions often named with their bodies.
    "acre": "BR", "alagoas": "BR", "amapá": "BR", "bahia": "BR", "ceará": "BR",
    "espírito santo": "BR", "goiás": "BR", "maranhão": "BR", "mato grosso": "BR", "minas gerais": "BR",
    "pará": "BR", "paraíba": "BR", "paraná": "BR", "pernambuco": "BR", "piauí": "BR", "rio grande do sul": "BR",
    "rio grande do norte": "BR", "rondônia": "BR", "roraima": "BR", "santa catarina": "BR", "sergipe": "BR",
    "tocantins": "BR", "distrito federal": "BR", "manaus": "BR", "salvador": "BR", "recife": "BR",
    "fortaleza": "BR", "belém": "BR", "porto alegre": "BR", "curitiba": "BR", "belo horizonte": "BR",
    "campinas": "BR", "neuquén": "AR", "salta": "AR", "jujuy": "AR", "catamarca": "AR", "atacama": "CL",
    "cajamarca": "PE", "piura": "PE", "maputo": "MZ", "luanda": "AO", "guayaquil": "EC", "arequipa": "PE",
    "cusco": "PE", "callao": "PE", "valparaíso": "CL",
    "antofagasta": "CL", "rosario": "AR", "mendoza": "AR", "medellín": "CO", "cali": "CO",
    "barranquilla": "CO", "monterrey": "MX", "guadalajara": "MX", "cochabamba": "BO", "maracaibo": "VE", "colón": "PA",
    "lisboa": "PT", "madrid": "ES", "washington": "US", "moscú": "RU", "moscou": "RU",
}
