/*
** quantity.c — how many: the counted things a sentence states.
**
** A quantity is a number, an optional qualifier and a unit from a closed
** list: personnel ("20,000 troops"), military units ("28 battalion tactical
** groups"), equipment ("three gunboats"), casualties ("killing at least 12
** people", "12 were wounded"), distances ("150 miles") and money ("$1.5
** billion").  Numbers are digits ("20,000", "1.5 billion", "$300m") or words
** ("three", "two dozen", "hundreds of"), alone or as ranges ("20,000 -
** 25,000", "between 20 and 30").  A number with no unit from the list is not
** a quantity: that alone keeps out most years, dates, scores and model
** numbers; the rest ("in 1990 troops...", "Resolution 2231", "T-72 tanks",
** "April 13", "+1 202-555-0143", "a 2-1 vote") are rejected by the guards
** in numberAt().  The grammar is in docs/GEO.md.
**
** The tokenizer splits "20,000-25,000" into "20" "," "000-25" "," "000", so
** numbers are read from the sentence text over runs of tokens with no space
** between them.  Everything found lives in the caller's arena.  Attaching
** quantities to events is places.c's job.
*/
#include "facts.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <ctype.h>

static int isWord(const Tok *t, const char *z){ return t->zLow[0]==z[0] && brinkWordEq(t->zLow, z); }
static int inList(const char *z, const char *const *az){
  for(int i=0; az[i]; i++) if( az[i][0]==z[0] && brinkWordEq(az[i], z) ) return 1;
  return 0;
}
/* Tokens i and i+1 touch (no space between them). */
static int touch(const Tok *a, int nTok, int i){
  return i+1<nTok && a[i].iOff + (uint32_t)a[i].n == a[i+1].iOff;
}

/* ---- Units ------------------------------------------------------------- */
typedef struct Unit {
  const char *zWords;    /* lemmas, space-separated */
  const char *zUnit;     /* what is counted, as written in the output */
  const char *zCat;
} Unit;

/* Longest first within a first word is not required: unitAt() tries every
** entry and keeps the longest match. */
static const Unit aUnit[] = {
  /* personnel */
  {"troop","troops","personnel"}, {"soldier","soldiers","personnel"}, {"serviceman","servicemen","personnel"},
  {"servicemen","servicemen","personnel"}, {"service member","service members","personnel"},
  {"servicemember","service members","personnel"}, {"personnel","personnel","personnel"},
  {"fighter","fighters","personnel"}, {"militant","militants","personnel"}, {"rebel","rebels","personnel"},
  {"insurgent","insurgents","personnel"}, {"guerrilla","guerrillas","personnel"}, {"paratrooper","paratroopers","personnel"},
  {"marine","marines","personnel"}, {"sailor","sailors","personnel"}, {"reservist","reservists","personnel"},
  {"conscript","conscripts","personnel"}, {"mercenary","mercenaries","personnel"}, {"militiaman","militiamen","personnel"},
  {"militiamen","militiamen","personnel"}, {"police","police","personnel"}, {"policeman","police","personnel"},
  {"policemen","police","personnel"}, {"police officer","police officers","personnel"}, {"officer","officers","personnel"},
  {"riot police","riot police","personnel"}, {"peacekeeper","peacekeepers","personnel"}, {"border guard","border guards","personnel"},
  {"guard","guards","personnel"}, {"commando","commandos","personnel"}, {"special forces","special forces","personnel"},
  {"protester","protesters","personnel"}, {"protestor","protesters","personnel"}, {"demonstrator","demonstrators","personnel"},
  {"military adviser","military advisers","personnel"}, {"military advisor","military advisers","personnel"},
  {"instructor","instructors","personnel"},
  /* military units */
  {"battalion tactical group","battalion tactical groups","unit"}, {"btg","battalion tactical groups","unit"},
  {"battalion","battalions","unit"}, {"brigade","brigades","unit"}, {"division","divisions","unit"},
  {"regiment","regiments","unit"}, {"squadron","squadrons","unit"}, {"platoon","platoons","unit"},
  {"combat brigade","brigades","unit"},
  /* equipment */
  {"tank","tanks","equipment"}, {"ship","ships","equipment"}, {"vessel","vessels","equipment"},
  {"warship","warships","equipment"}, {"gunboat","gunboats","equipment"}, {"landing craft","landing craft","equipment"},
  {"landing ship","landing ships","equipment"}, {"patrol boat","patrol boats","equipment"}, {"boat","boats","equipment"},
  {"aircraft","aircraft","equipment"}, {"plane","planes","equipment"}, {"warplane","warplanes","equipment"},
  {"jet","jets","equipment"}, {"fighter jet","fighter jets","equipment"}, {"fighter plane","fighter planes","equipment"},
  {"bomber","bombers","equipment"}, {"helicopter","helicopters","equipment"}, {"drone","drones","equipment"},
  {"missile","missiles","equipment"}, {"ballistic missile","ballistic missiles","equipment"},
  {"cruise missile","cruise missiles","equipment"}, {"rocket","rockets","equipment"}, {"howitzer","howitzers","equipment"},
  {"artillery piece","artillery pieces","equipment"}, {"artillery system","artillery systems","equipment"},
  {"launcher","launchers","equipment"}, {"rocket launcher","rocket launchers","equipment"},
  {"armored vehicle","armored vehicles","equipment"}, {"armoured vehicle","armored vehicles","equipment"},
  {"military vehicle","military vehicles","equipment"}, {"vehicle","vehicles","equipment"},
  {"armored personnel carrier","armored personnel carriers","equipment"}, {"submarine","submarines","equipment"},
  {"destroyer","destroyers","equipment"}, {"frigate","frigates","equipment"}, {"corvette","corvettes","equipment"},
  {"aircraft carrier","aircraft carriers","equipment"}, {"carrier","carriers","equipment"},
  {"warhead","warheads","equipment"}, {"nuclear warhead","nuclear warheads","equipment"}, {"shell","shells","equipment"},
  {"artillery shell","artillery shells","equipment"}, {"weapon","weapons","equipment"}, {"rifle","rifles","equipment"},
  {"air defense system","air defense systems","equipment"}, {"air defence system","air defense systems","equipment"},
  {"javelin","javelins","equipment"},
  /* casualties (as nouns) */
  {"refugee","refugees","casualties"}, {"casualty","casualties","casualties"}, {"death","dead","casualties"},
  {"dead","dead","casualties"}, {"fatality","dead","casualties"}, {"hostage","hostages","casualties"},
  {"prisoner","prisoners","casualties"}, {"prisoners of war","prisoners","casualties"},
  {"displaced person","displaced","casualties"}, {"asylum seeker","asylum seekers","casualties"},
  /* distances */
  {"mile","miles","distance"}, {"nautical mile","nautical miles","distance"}, {"km","km","distance"},
  {"kilometre","km","distance"}, {"kilometer","km","distance"}, {"kilometres","km","distance"},
  {"kilometers","km","distance"}, {"kms","km","distance"}, {"metre","metres","distance"}, {"meter","metres","distance"},
  /* money named after the number */
  {"dollar","USD","money"}, {"us dollar","USD","money"}, {"euro","EUR","money"}, {"rouble","RUB","money"},
  {"ruble","RUB","money"}, {"yuan","CNY","money"}, {"yen","JPY","money"}, {"hryvnia","UAH","money"},
  {"hryvnias","UAH","money"}, {"rupee","INR","money"}, {"pound sterling","GBP","money"},
  {0,0,0}
};

/* Words that carry a casualty or a protest but are not units themselves. */
static const char *const azCarrier[] = {"people","person","persons","civilian","civilians","child","children",
  "resident","residents","woman","women","man","men","worker","workers","migrant","migrants","member","members",
  "passenger","passengers","student","students","journalist","journalists","villager","villagers",0};

/* The longest unit starting at token i (by lemma or lower-case form);
** returns its token count and sets *ppU. */
static int unitAt(const Tok *a, int nTok, int i, const Unit **ppU){
  int best = 0;
  if( i>=nTok ) return 0;
  /* a unit's first word starts with the token's (or its lemma's) first letter */
  char c0 = a[i].zLow[0], c1 = a[i].zLemma ? a[i].zLemma[0] : c0;
  for(const Unit *u = aUnit; u->zWords; u++){
    if( u->zWords[0]!=c0 && u->zWords[0]!=c1 ) continue;
    const char *p = u->zWords;
    int k = 0, ok = 1;
    while( *p ){
      const char *e = strchr(p, ' ');
      size_t n = e ? (size_t)(e-p) : strlen(p);
      if( i+k>=nTok ){ ok = 0; break; }
      const Tok *t = &a[i+k];
      size_t nLow = strlen(t->zLow);
      int m = (nLow==n && memcmp(t->zLow, p, n)==0)
           || (t->zLemma && strlen(t->zLemma)==n && memcmp(t->zLemma, p, n)==0)
           /* plurals the lemmatiser leaves alone: "BTGs", "Javelins" */
           || (nLow==n+1 && t->zLow[n]=='s' && memcmp(t->zLow, p, n)==0);
      if( !m ){ ok = 0; break; }
      k++;
      p += n; if( *p==' ' ) p++;
    }
    if( ok && k>best ){ best = k; *ppU = u; }
  }
  return best;
}

/* ---- Numbers ----------------------------------------------------------- */
static const char *const azMonth[] = {"january","february","march","april","may","june","july","august",
  "september","october","november","december","jan","jan.","feb","feb.","mar","mar.","apr","apr.","jun",
  "jun.","jul","jul.","aug","aug.","sep","sep.","sept","sept.","oct","oct.","nov","nov.","dec","dec.",0};
/* Words after which a number is a label, not a count. */
static const char *const azLabel[] = {"resolution","resolutions","no","no.","nos.","number","article","articles",
  "section","paragraph","chapter","flight","route","highway","road","room","page","item","law","decree",
  "act","amendment","bill","line","platform","gate","building","block","level","phase","category","class",
  "grade","type","model","version","series","ward","district","sector","zone","kilometre","km","mile",
  "version","tier","stage","group","g","p","covid","covid-","ep","episode","season","week","day","year",
  "years","day","terminal","pier","dock","runway","hangar","exit","junction","precinct","bus","train",0};
/* Words before a 4-digit number that make it a year. */
static const char *const azYearCue[] = {"in","since","by","until","till","from","to","of","before","after",
  "during","early","late","mid","mid-","the","around","circa","c.","through","between","and","'s","spring",
  "summer","autumn","fall","winter","fiscal","year","until","as","at","for","on",0};

static const struct { const char *z; double v; } aNumWord[] = {
  {"zero",0},{"one",1},{"two",2},{"three",3},{"four",4},{"five",5},{"six",6},{"seven",7},{"eight",8},
  {"nine",9},{"ten",10},{"eleven",11},{"twelve",12},{"thirteen",13},{"fourteen",14},{"fifteen",15},
  {"sixteen",16},{"seventeen",17},{"eighteen",18},{"nineteen",19},{"twenty",20},{"thirty",30},
  {"forty",40},{"fifty",50},{"sixty",60},{"seventy",70},{"eighty",80},{"ninety",90},{0,0}
};
static double scaleWord(const char *z){
  if( strcmp(z, "hundred")==0 ) return 1e2;
  if( strcmp(z, "thousand")==0 ) return 1e3;
  if( strcmp(z, "million")==0 || strcmp(z, "mln")==0 || strcmp(z, "millions")==0 ) return 1e6;
  if( strcmp(z, "billion")==0 || strcmp(z, "bln")==0 || strcmp(z, "bn")==0 ) return 1e9;
  if( strcmp(z, "trillion")==0 ) return 1e12;
  return 0;
}
/* "twenty-five" -> 25; -1 when z is not a number word. */
static double wordValue(const char *z){
  const char *h = strchr(z, '-');
  if( h ){
    char zA[32];
    size_t n = (size_t)(h - z);
    if( n>=sizeof zA ) return -1;
    memcpy(zA, z, n); zA[n] = 0;
    double a = wordValue(zA), b = wordValue(h+1);
    return (a>=20 && b>=1 && b<=9) ? a+b : -1;
  }
  for(int i=0; aNumWord[i].z; i++) if( aNumWord[i].z[0]==z[0] && strcmp(aNumWord[i].z, z)==0 ) return aNumWord[i].v;
  return -1;
}

/* Parse digits at z[*pi]: "20,000", "1.5", "150".  Returns 1 and the value. */
static int parseDigits(const char *z, size_t n, size_t *pi, double *pr, int *pbPlain4){
  size_t i = *pi, i0 = i;
  if( i>=n || !isdigit((unsigned char)z[i]) ) return 0;
  double r = 0;
  int nDig = 0, bComma = 0;
  while( i<n ){
    if( isdigit((unsigned char)z[i]) ){ r = r*10 + (z[i]-'0'); nDig++; i++; continue; }
    if( z[i]==',' && i+3<n && isdigit((unsigned char)z[i+1]) && isdigit((unsigned char)z[i+2])
        && isdigit((unsigned char)z[i+3]) && (i+4>=n || !isdigit((unsigned char)z[i+4])) ){ bComma = 1; i++; continue; }
    break;
  }
  int bDec = 0;
  if( i+1<n && z[i]=='.' && isdigit((unsigned char)z[i+1]) ){
    double f = 0.1;
    i++; bDec = 1;
    while( i<n && isdigit((unsigned char)z[i]) ){ r += f*(z[i]-'0'); f /= 10; i++; }
  }
  *pbPlain4 = !bComma && !bDec && nDig==4 && (i-i0)==4;
  *pi = i; *pr = r;
  return 1;
}

typedef struct Num {
  double rMin, rMax;
  int iTok0, iTok1;      /* tokens used */
  const char *zCur;      /* currency from a symbol, or 0 */
  const char *zSuffixUnit; const char *zSuffixCat;  /* "150-mile", "1,000-strong" */
  int bStrong;
  int bYearLike;
  int bScaled;
  double rScale;         /* the scale word applied, 0 if none */
} Num;

/* The end (exclusive) of the run of touching tokens from i, leaving out
** punctuation that ends it ("troops," -> "troops"). */
static int glueEnd(const Tok *a, int nTok, int i){
  int j = i;
  while( touch(a, nTok, j) ){
    const Tok *u = &a[j+1];
    if( (u->flags & TOKF_PUNCT) && !touch(a, nTok, j+1) && !(u->z[0]=='%') ) break;
    j++;
  }
  return j+1;
}

/* A number in digits at token i (possibly glued with a currency symbol, a
** range or a suffix).  Returns 1 with *pN filled. */
static int digitsAt(const Tok *a, int nTok, int i, Num *pN){
  int iEnd = glueEnd(a, nTok, i);
  const char *z = a[i].z;
  size_t n = a[iEnd-1].iOff + (size_t)a[iEnd-1].n - a[i].iOff;
  size_t k = 0;
  memset(pN, 0, sizeof *pN);
  pN->iTok0 = i; pN->iTok1 = iEnd;
  /* currency symbols */
  if( n>=3 && memcmp(z, "US$", 3)==0 ){ pN->zCur = "USD"; k = 3; }
  else if( z[0]=='$' ){ pN->zCur = "USD"; k = 1; }
  else if( n>=3 && memcmp(z, "\xe2\x82\xac", 3)==0 ){ pN->zCur = "EUR"; k = 3; }
  else if( n>=2 && memcmp(z, "\xc2\xa3", 2)==0 ){ pN->zCur = "GBP"; k = 2; }
  double r;
  int bPlain4;
  if( !parseDigits(z, n, &k, &r, &bPlain4) ) return 0;
  pN->rMin = pN->rMax = r;
  pN->bYearLike = bPlain4 && r>=1800 && r<=2100 && !pN->zCur;
  if( k<n ){
    const char *s = z+k; size_t m = n-k;
    if( m==1 && (s[0]=='m' || s[0]=='M') && pN->zCur ){ pN->rMin = pN->rMax = r*1e6; pN->bScaled = 1; }
    else if( m==2 && (memcmp(s, "bn", 2)==0 || memcmp(s, "BN", 2)==0) ){ pN->rMin = pN->rMax = r*1e9; pN->bScaled = 1; }
    else if( m==1 && (s[0]=='b' || s[0]=='B') && pN->zCur ){ pN->rMin = pN->rMax = r*1e9; pN->bScaled = 1; }
    else if( m==1 && (s[0]=='k' || s[0]=='K') ){ pN->rMin = pN->rMax = r*1e3; pN->bScaled = 1; }
    else if( m==7 && strncmp(s, "-strong", 7)==0 ){ pN->bStrong = 1; }
    else if( (m==5 && strncmp(s, "-mile", 5)==0) || (m==6 && strncmp(s, "-miles", 6)==0) ){ pN->zSuffixUnit = "miles"; pN->zSuffixCat = "distance"; }
    else if( (m==3 && strncmp(s, "-km", 3)==0) || (m==10 && (strncmp(s, "-kilometre", 10)==0 || strncmp(s, "-kilometer", 10)==0)) ){
      pN->zSuffixUnit = "km"; pN->zSuffixCat = "distance";
    }
    else if( m==2 && strncmp(s, "km", 2)==0 ){ pN->zSuffixUnit = "km"; pN->zSuffixCat = "distance"; }
    else if( s[0]=='-' && m>1 && isdigit((unsigned char)s[1]) ){
      /* a range glued by a hyphen: "20,000-25,000"; "2-1" (a vote or a
      ** score) and "202-555-0143" (a telephone number) are not ranges */
      size_t j = k+1;
      double r2; int b2;
      if( !parseDigits(z, n, &j, &r2, &b2) || j<n ) return 0;
      if( r2<=r ) return 0;
      pN->rMax = r2;
      pN->bYearLike = pN->bYearLike || (b2 && r2>=1800 && r2<=2100);
    }
    else return 0;          /* "1990s", "3rd", "10:30", "20%", "F-16"-like tails */
  }
  return 1;
}

/* A number in words at token i: "three", "two dozen", "a hundred",
** "twenty-five thousand".  Returns 1 with *pN filled. */
static int wordsAt(const Tok *a, int nTok, int i, Num *pN){
  memset(pN, 0, sizeof *pN);
  int j = i;
  double r = -1;
  if( (isWord(&a[i], "a") || isWord(&a[i], "an") || isWord(&a[i], "one")) && i+1<nTok ){
    const char *z = a[i+1].zLow;
    if( strcmp(z, "dozen")==0 ){ r = 12; j = i+2; }
    else if( scaleWord(z)>0 && !isWord(&a[i], "one") ){ r = scaleWord(z); j = i+2; }
  }
  if( r<0 ){
    double v = wordValue(a[i].zLow);
    if( v<0 ) return 0;
    r = v; j = i+1;
    /* "one hundred and fifty", "two dozen" */
    while( j<nTok ){
      const char *z = a[j].zLow;
      double s = scaleWord(z);
      if( strcmp(z, "dozen")==0 ){ r *= 12; j++; continue; }
      if( s>0 ){ r *= s; j++; pN->bScaled = 1; pN->rScale = s;
        if( j+1<nTok && isWord(&a[j], "and") && wordValue(a[j+1].zLow)>0 ){ r += wordValue(a[j+1].zLow); j += 2; }
        else if( j<nTok && wordValue(a[j].zLow)>0 && s>=100 ){ r += wordValue(a[j].zLow); j++; }
        continue;
      }
      break;
    }
  }
  pN->rMin = pN->rMax = r;
  pN->iTok0 = i; pN->iTok1 = j;
  return 1;
}

/* "dozens of", "hundreds of", "tens of thousands of": a rough range. */
static int roughAt(const Tok *a, int nTok, int i, Num *pN){
  static const struct { const char *z1, *z2; double lo, hi; } aR[] = {
    {"tens","thousands", 2e4, 99999}, {"hundreds","thousands", 2e5, 999999},
    {"dozens",0, 24, 99}, {"scores",0, 40, 99}, {"hundreds",0, 200, 999}, {"thousands",0, 2000, 9999},
    {"millions",0, 2e6, 9999999},
  };
  memset(pN, 0, sizeof *pN);
  for(size_t k=0; k<sizeof aR/sizeof aR[0]; k++){
    if( !isWord(&a[i], aR[k].z1) ) continue;
    int j = i+1;
    if( aR[k].z2 ){
      if( !(j+1<nTok && isWord(&a[j], "of") && isWord(&a[j+1], aR[k].z2)) ) continue;
      j += 2;
    }
    if( !(j<nTok && isWord(&a[j], "of")) ) continue;
    pN->rMin = aR[k].lo; pN->rMax = aR[k].hi;
    pN->iTok0 = i; pN->iTok1 = j+1;
    return 1;
  }
  return 0;
}

/* Is the number at token i a label, a year, a date, a model or a telephone
** number rather than a count? */
static int notACount(const Tok *a, int nTok, int i, const Num *pN){
  const Tok *p = i>0 ? &a[i-1] : 0;
  if( p && !touch(a, nTok, i-1) ){
    if( inList(p->zLow, azMonth) ) return 1;                       /* "April 13" */
    if( inList(p->zLow, azLabel) ) return 1;                       /* "Resolution 2231" */
    /* "Boeing 737", "Apollo 11": a name with a number */
    if( p->eTag==TAG_NNP && (p->flags & TOKF_CAP) && !(p->flags & TOKF_FIRST) && !(p->flags & TOKF_ALLCAP)
        && !pN->zCur ) return 1;
  }
  if( p && touch(a, nTok, i-1) ){
    /* "+1 202...", "T-72", "No.5": glued to something before */
    if( p->z[0]=='+' || p->z[0]=='-' || p->z[0]=='#' || isalpha((unsigned char)p->z[p->n-1]) ) return 1;
  }
  /* "the Group of Seven", "the Group of Five": a name */
  if( p && i>=2 && isWord(p, "of") && isWord(&a[i-2], "group") ) return 1;
  int e = pN->iTok1;
  /* "25 pct of the market", "10 per cent": a share, not a count */
  if( e<nTok && (isWord(&a[e], "pct") || isWord(&a[e], "percent") || isWord(&a[e], "%")
                 || (isWord(&a[e], "per") && e+1<nTok && isWord(&a[e+1], "cent"))) ) return 1;
  if( e<nTok && inList(a[e].zLow, azMonth) && !(e+1<nTok && isWord(&a[e+1], "of")) ) return 1;  /* "13 April" */
  if( e<nTok && (isWord(&a[e], ":") || isWord(&a[e], "/")) && touch(a, nTok, e-1) ) return 1;
  if( e+1<nTok && isWord(&a[e], "-") && (a[e+1].flags & TOKF_NUM) && touch(a, nTok, e) ) return 1;
  if( pN->bYearLike ){
    if( !p || inList(p->zLow, azYearCue) || inList(p->zLow, azMonth) || (p->flags & TOKF_PUNCT) ) return 1;
    if( e<nTok && (a[e].flags & TOKF_PUNCT) ) return 1;
  }
  return 0;
}

/* ---- Qualifiers -------------------------------------------------------- */
/* The qualifier just before token i; sets *piStart to its first token. */
static const char *qualifierBefore(const Tok *a, int i, int *piStart, int *pbBetween){
  static const struct { const char *z1, *z2, *z3; const char *zQ; } aQ[] = {
    {"no","fewer","than","at least"}, {"no","less","than","at least"}, {"no","more","than","at most"},
    {"as","many","as","up to"}, {"as","few","as","as few as"}, {"well","over",0,"more than"},
    {"just","over",0,"more than"}, {"just","under",0,"less than"}, {"more","than",0,"more than"},
    {"fewer","than",0,"less than"}, {"less","than",0,"less than"}, {"at","least",0,"at least"},
    {"at","most",0,"at most"}, {"up","to",0,"up to"}, {"close","to",0,"around"}, {"an","estimated",0,"around"},
    {"over",0,0,"more than"}, {"under",0,0,"less than"}, {"around",0,0,"around"}, {"about",0,0,"around"},
    {"roughly",0,0,"around"}, {"approximately",0,0,"around"}, {"some",0,0,"around"}, {"estimated",0,0,"around"},
    {"nearly",0,0,"nearly"}, {"almost",0,0,"nearly"}, {"exactly",0,0,""}, {"between",0,0,""},
  };
  *piStart = i; *pbBetween = 0;
  for(size_t k=0; k<sizeof aQ/sizeof aQ[0]; k++){
    int n = aQ[k].z3 ? 3 : aQ[k].z2 ? 2 : 1;
    if( i-n<0 ) continue;
    const char *az[3] = { aQ[k].z1, aQ[k].z2, aQ[k].z3 };
    int ok = 1;
    for(int m=0; m<n && ok; m++) ok = isWord(&a[i-n+m], az[m]);
    if( !ok ) continue;
    *piStart = i-n;
    if( strcmp(aQ[k].z1, "between")==0 ) *pbBetween = 1;
    return aQ[k].zQ;
  }
  return "";
}

/* A number of any form at token i. */
static int numberAt(const Tok *a, int nTok, int i, Num *pN){
  const Tok *t = &a[i];
  int bSym = t->z[0]=='$' || (t->n>=2 && (unsigned char)t->z[0]==0xc2 && (unsigned char)t->z[1]==0xa3)
          || (t->n>=3 && memcmp(t->z, "\xe2\x82\xac", 3)==0) || (t->n>=3 && memcmp(t->z, "US$", 3)==0);
  if( (t->flags & TOKF_NUM) || bSym || isdigit((unsigned char)t->z[0]) ){
    if( i>0 && touch(a, nTok, i-1) && !(a[i-1].flags & TOKF_QUOTE) && !isWord(&a[i-1], "(") ) return 0;  /* inside a glued run */
    if( !digitsAt(a, nTok, i, pN) ) return 0;
  }else if( t->eTag==TAG_NNS ){
    /* "dozens of", "hundreds of", "tens of thousands of" */
    char c = t->zLow[0];
    if( (c!='d' && c!='h' && c!='t' && c!='m' && c!='s') || !roughAt(a, nTok, i, pN) ) return 0;
    return 1;
  }else if( t->eTag==TAG_CD || (t->eTag==TAG_DT && t->zLow[0]=='a') ){
    if( !wordsAt(a, nTok, i, pN) ) return 0;
  }else{
    return 0;
  }
  /* a scale word after digits: "1.5 billion", "20 million" */
  if( pN->iTok1<nTok && !pN->bScaled && !pN->bStrong && !pN->zSuffixUnit ){
    double s = scaleWord(a[pN->iTok1].zLow);
    if( s>0 ){ pN->rMin *= s; pN->rMax *= s; pN->iTok1++; pN->bScaled = 1; pN->rScale = s; pN->bYearLike = 0; }
  }
  return !notACount(a, nTok, i, pN);
}

/* ---- The finder -------------------------------------------------------- */
static const char *casualtyWord(const Tok *t){
  static const struct { const char *zLemma, *zUnit; } aC[] = {
    {"kill","killed"}, {"wound","wounded"}, {"injure","injured"}, {"arrest","arrested"}, {"detain","detained"},
    {"displace","displaced"}, {"capture","captured"}, {"die","dead"}, {"dead","dead"}, {"killed","killed"},
    {"wounded","wounded"}, {"injured","injured"}, {"abduct","abducted"}, {"kidnap","abducted"},
    {"evacuate","evacuated"}, {"execute","killed"}, {"slay","killed"}, {"missing","missing"},
  };
  for(size_t k=0; k<sizeof aC/sizeof aC[0]; k++){
    if( strcmp(t->zLemma, aC[k].zLemma)==0 || strcmp(t->zLow, aC[k].zLemma)==0 ) return aC[k].zUnit;
  }
  return 0;
}

static int isModifier(const Tok *t){
  static const char *const az[] = {"more","additional","extra","new","other","armed","military","russian",
    "american","heavy","light","modern","combat","senior","elite","foreign","enemy","government","pro-russian",
    "pro-government","opposition","islamist","separatist","nato","u.s.","us","un","allied","civilian",0};
  if( inList(t->zLow, az) ) return 1;
  if( TAG_IS_ADJ(t->eTag) && !(t->flags & TOKF_NUM) ) return 1;
  if( (t->eTag==TAG_NNP || t->eTag==TAG_NNPS) && (t->flags & TOKF_CAP) ) return 1;   /* "Russian", "US" */
  if( t->eTag==TAG_VBN || t->eTag==TAG_VBG ) return 1;   /* "armed", "fighting" */
  if( t->flags & TOKF_HYPHEN ) return 1;                  /* "short-range" */
  if( t->z[0]==',' ) return 0;
  return 0;
}

/* "captured one of Iraq's strongest fortifications": after "of", a noun
** that is no person, force or unit; the number counts things. */
static int partitiveOfThings(const Tok *a, int nTok, int j){
  if( !(j<nTok && isWord(&a[j], "of")) ) return 0;
  for(int m=j+1; m<nTok && m<j+7; m++){
    const Unit *pU = 0;
    if( unitAt(a, nTok, m, &pU) || inList(a[m].zLow, azCarrier) ) return 0;
    if( TAG_IS_NOUN(a[m].eTag) && !(a[m].flags & TOKF_CAP) ) return 1;
  }
  return 0;
}

static int pushHit(Arena *pArena, QtyHit **pa, int *pn, int *pnAlloc, const QtyHit *h){
  if( *pn==*pnAlloc ){
    int nNew = *pnAlloc ? *pnAlloc*2 : 8;
    QtyHit *aNew = brinkArenaAlloc(pArena, sizeof(QtyHit)*(size_t)nNew);
    if( !aNew ) return -1;
    if( *pn ) memcpy(aNew, *pa, sizeof(QtyHit)*(size_t)*pn);
    *pa = aNew; *pnAlloc = nNew;
  }
  (*pa)[(*pn)++] = *h;
  return 0;
}

int brinkQuantitiesFind(Arena *pArena, const Tok *a, int nTok, const char *zSent, size_t iBase, QtyHit **paHit){
  *paHit = 0;
  int nHit = 0, nAlloc = 0;
  for(int i=0; i<nTok; i++){
    Num num;
    if( !numberAt(a, nTok, i, &num) ) continue;
    int j = num.iTok1;
    /* a range: "20,000 - 25,000", "20 to 30", "between 20 and 30" */
    int iQ0, bBetween;
    const char *zQual = qualifierBefore(a, i, &iQ0, &bBetween);
    if( j+1<nTok && (isWord(&a[j], "-") || isWord(&a[j], "to") || (bBetween && isWord(&a[j], "and"))) ){
      Num n2;
      if( numberAt(a, nTok, j+1, &n2) && n2.rMin>num.rMax && !n2.bStrong ){
        double rLo = num.rMin;
        /* "20 to 30 million": the scale applies to both */
        if( !num.bScaled && n2.bScaled && n2.rScale>1 ) rLo *= n2.rScale;
        num.rMin = rLo; num.rMax = n2.rMax;
        if( !num.zCur ) num.zCur = n2.zCur;
        if( n2.zSuffixUnit ){ num.zSuffixUnit = n2.zSuffixUnit; num.zSuffixCat = n2.zSuffixCat; }
        num.bYearLike = num.bYearLike || n2.bYearLike;
        j = n2.iTok1;
      }else if( isWord(&a[j], "-") ){
        continue;
      }
    }
    if( num.bYearLike && (iQ0>0 ? inList(a[iQ0-1].zLow, azYearCue) : 1) ) continue;
    /* what is counted */
    const char *zUnit = 0, *zCat = 0;
    int iEnd = j;
    if( num.zCur ){
      zUnit = num.zCur; zCat = "money";
    }else if( num.zSuffixUnit ){
      zUnit = num.zSuffixUnit; zCat = num.zSuffixCat;
    }else if( num.bStrong ){
      /* "a 1,000-strong force": personnel when a force noun follows */
      static const char *const azForce[] = {"force","forces","contingent","army","unit","battalion","brigade",
        "mission","garrison","militia","detachment","deployment","convoy","team","crowd","mob","group",0};
      for(int k=j; k<nTok && k<=j+2; k++){
        if( inList(a[k].zLemma, azForce) || inList(a[k].zLow, azForce) ){ zUnit = "personnel"; zCat = "personnel"; iEnd = k+1; break; }
        if( !isModifier(&a[k]) ) break;
      }
    }
    /* casualties before: "killing at least 12 (people)", "arrested 50 protesters" */
    const char *zCas = 0;
    if( !zUnit ){
      int k = iQ0-1;
      if( k>=0 && TAG_IS_VERB(a[k].eTag) && (zCas = casualtyWord(&a[k]))!=0 && !partitiveOfThings(a, nTok, j) ){
        zUnit = zCas; zCat = "casualties";
        /* the counted noun, if any, is part of the text */
        int m = j;
        while( m<nTok && m<j+3 && isModifier(&a[m]) ) m++;
        const Unit *pU = 0;
        int nU = m<nTok ? unitAt(a, nTok, m, &pU) : 0;
        if( nU ) iEnd = m+nU;
        else if( m<nTok && inList(a[m].zLow, azCarrier) ) iEnd = m+1;
      }
    }
    if( !zUnit ){
      int m = j;
      while( m<nTok && m<j+4 ){
        const Unit *pU = 0;
        int nU = unitAt(a, nTok, m, &pU);
        if( nU ){
          /* a unit word used as a modifier of another: "132 fighter
          ** aircraft" are aircraft, "tank shells" shells */
          const Unit *pHead = 0;
          int nHead = m+nU<nTok && TAG_IS_NOUN(a[m+nU].eTag) ? unitAt(a, nTok, m+nU, &pHead) : 0;
          if( nHead ){ pU = pHead; m += nU; nU = nHead; }
          zUnit = pU->zUnit; zCat = pU->zCat; iEnd = m+nU; break;
        }
        if( inList(a[m].zLow, azCarrier) ){ iEnd = m+1; break; }
        if( !isModifier(&a[m]) ) break;
        m++;
      }
      /* a count of people: "12 people were killed", "15 soldiers wounded",
      ** "12 dead" */
      int k = iEnd;
      if( k<nTok && (isWord(&a[k], "were") || isWord(&a[k], "was") || isWord(&a[k], "have") || isWord(&a[k], "had")
          || isWord(&a[k], "are") || isWord(&a[k], "being")) ) k++;
      if( k<nTok && (isWord(&a[k], "been") || isWord(&a[k], "reportedly") || isWord(&a[k], "also")) ) k++;
      if( k<nTok && (iEnd>j || zUnit==0 || strcmp(zCat, "personnel")==0) && k<=iEnd+3
          && (a[k].eTag==TAG_VBN || a[k].eTag==TAG_VBD || TAG_IS_ADJ(a[k].eTag) || a[k].eTag==TAG_JJ || iEnd==j)
          && (zCas = casualtyWord(&a[k]))!=0 ){
        zUnit = zCas; zCat = "casualties";
        if( iEnd==j ) iEnd = j;   /* "12 killed": the number is the text */
      }else if( !zUnit && iEnd>j && inList(a[iEnd-1].zLow, azCarrier) ){
        /* "thousands of people protested": protesters */
        if( iEnd<nTok && a[iEnd].zLemma && (strcmp(a[iEnd].zLemma, "protest")==0 || strcmp(a[iEnd].zLemma, "demonstrate")==0
            || strcmp(a[iEnd].zLemma, "rally")==0 || strcmp(a[iEnd].zLemma, "march")==0) ){
          zUnit = "protesters"; zCat = "personnel";
        }
      }
    }
    if( !zUnit ) continue;
    /* a number that is itself a model ("T-72 tanks") was rejected in numberAt */
    QtyHit h;
    memset(&h, 0, sizeof h);
    h.iTok0 = iQ0; h.iTok1 = iEnd > j ? iEnd : j;
    h.q.rMin = num.rMin; h.q.rMax = num.rMax;
    h.q.zQualifier = zQual;
    h.q.zUnit = zUnit; h.q.zCategory = zCat;
    size_t o0 = a[h.iTok0].iOff - iBase, o1 = a[h.iTok1-1].iOff - iBase + (size_t)a[h.iTok1-1].n;
    h.q.zText = brinkArenaStrndup(pArena, zSent + o0, o1 - o0);
    if( !h.q.zText || pushHit(pArena, paHit, &nHit, &nAlloc, &h) ) return -1;
    i = (h.iTok1 > j ? h.iTok1 : j) - 1;
  }
  return nHit;
}
