import { foldUmlauts } from './text.ts'

// Function words and fillers of both languages: never an emerging term, never a signal on
// their own (so the English "off" does not pass for a stem of the German "offen").
const german = `aber alle allem allen aller alles als also am an andere anderen anderer anderes auch
auf aus bei beim bereits bin bis bist bzw ca da dabei dadurch dafür daher damit dann darauf darüber
das dass davon dazu dem den denen denn der des deshalb dessen die dies diese diesem diesen dieser
dieses doch dort du durch eben eher ein eine einem einen einer eines einige einmal er es etc etwas
euch euer für ganz gar gegen gewesen gibt habe haben halt hat hatte hatten hier hin hinter ich ihm
ihn ihnen ihr ihre ihrem ihren ihrer im immer in indem innen ins ist ja je jede jedem jeden jeder
jedes jedoch jetzt kann kein keine keinem keinen keiner keines können könnte könnten mal man manche
mehr mein meine mit muss müssen nach nachdem nicht nichts noch nun nur ob oder oft ohne schon sehr
sei sein seine seinem seinen seiner seit sich sie sind so sodass solche soll sollen sollte sollten
sondern sowie sowohl über um und uns unser unsere unter usw viel viele vom von vor wann war waren
warum was weil weiter welche welchem welchen welcher wenn wer werden wie wieder will wir wird wo
wurde wurden wäre würde würden zu zudem zum zur zwar zwischen`

const english = `a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing done down during each either etc
few for from further get got had has have having he her here hers him his how i if in into is it its
itself just let me more most much my no nor not now of off on once only or other our ours out over
own per quite rather really same she should so some still such than that the their them then there
these they this those through thus to too under until up us very via was we well were what when
where which while who whom why will with would yes yet you your yours`

const words = (list: string) => list.split(/\s+/).filter(Boolean).map(foldUmlauts)

/** Stop words of German and English, folded (`foldUmlauts`) like the words of an answer. */
export const STOP_WORDS: ReadonlySet<string> = new Set([...words(german), ...words(english)])
