/*
 * The names Docker gives a container nobody named: moby's namesgenerator GetRandomName (internal/namesgenerator/names-generator.go,
 * pkg/namesgenerator before it): `fmt.Sprintf("%s_%s", left[…], right[…])`, an adjective and a notable scientist's or hacker's
 * surname, with a digit after it on a retry. A name of that shape whose first word is none of moby's adjectives is a name someone
 * chose (a project's `arl_worker`, `jiji_nginx`): the setup's own container, not a past try nobody named (holdout143's first run:
 * `arl_worker` `Restarting (1)` passed for a generated name and "Is port 8050 free?" said ok). The adjectives of every version of
 * the file since 2014 (108 in it now; words it dropped since, `backstabbing`, `drunk`, `evil`, still name old containers); the
 * surnames by their shape only, a lower-case word.
 */
const adjectives = new Set(
  `admiring adoring affectionate agitated amazing angry awesome backstabbing beautiful berserk big blissful bold boring brave
   busy charming clever cocky compassionate competent condescending confident cool cranky crazy dazzling desperate determined
   distracted dreamy drunk eager ecstatic elastic elated elegant eloquent epic evil exciting fervent festive flamboyant focused
   friendly frosty funny furious gallant gifted gigantic gloomy goofy gracious grave great happy hardcore heuristic high
   hopeful hungry infallible insane inspiring intelligent interesting jolly jovial keen kickass kind laughing lonely loving
   lucid mad magical modest musing mystifying naughty nauseous nervous nice nifty nostalgic objective optimistic peaceful
   pedantic pensive practical priceless prickly quirky quizzical recursing relaxed reverent romantic sad serene sharp sick
   silly sleepy small stoic strange stupefied suspicious sweet tender thirsty tiny trusting unruffled upbeat vibrant vigilant
   vigorous wizardly wonderful xenodochial youthful zealous zen`.split(/\s+/),
);

/** Whether `name` is one moby's namesgenerator gives (`adjective_surname`, a digit after it on a retry). */
export function generatedName(name: string): boolean {
  const m = /^([a-z]{2,20})_[a-z]{2,20}\d?$/.exec(name);
  return !!m && adjectives.has(m[1]!);
}
