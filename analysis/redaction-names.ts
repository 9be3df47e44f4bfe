/**
 * Words that introduce a person, and names common among federal civil servants. Data for
 * `redaction-people.ts`; the patterns say how they are combined.
 */

/** Salutations and academic titles: they go together with the name ("Frau Dr. Weber"). */
export const salutations = [
  'Herr',
  'Herrn',
  'Frau',
  'Hr\\.',
  'Fr\\.',
  'Mr\\.?',
  'Mrs\\.?',
  'Ms\\.?',
  'Dr\\.?(?:-Ing\\.|\\s(?:med|jur|phil|iur|rer\\.\\s?(?:nat|pol))\\.)?',
  'Prof\\.?',
  'Professor(?:in)?',
  'Doktor(?:in)?',
]

/**
 * Roles that stay in front of the name they introduce ("Kollegin [Person]"). Forms that are
 * also plural ("Kollegen", "Mitarbeiter") count only after a singular determiner
 * (`singularRoles`); "die Referatsleiter" may still be plural, but a noun after it is rarely
 * capitalised and not in `notNames`.
 */
export const roles = [
  'Kolleg(?:e|in|:in|\\*in|_in|In)',
  '(?:Amts)?[Cc]hef(?:in)?',
  'Vorgesetzte[rn]?',
  '(?:Referats|Abteilungs|Unterabteilungs|Gruppen|Team|Projekt|Büro|Stabsstellen)leiter(?:in)?',
  'Leiterin',
  'Referent(?:in)?',
  'Sachbearbeiterin',
  'Mitarbeiterin',
  '(?:Parlamentarische[rn]?\\s)?Staatssekretär(?:in)?',
  '(?:\\p{Lu}\\p{Ll}+)?[Mm]inister(?:in)?',
  '(?:Vize)?[Pp]räsident(?:in)?',
  'Direktor(?:in)?',
  'Koordinator(?:in)?',
  'Ansprechpartnerin',
  '(?:Ansprech|Kontakt)person',
  'Beauftragte[rn]?',
  "(?:RL|RefL|UAL|AL|GL)(?:['’]in)?|StS|PStS",
  '[Cc]olleague',
  '(?:[Mm]y|[Oo]ur|[Tt]he|[Hh]is|[Hh]er|[Tt]heir) (?:boss|manager|supervisor|line manager|team lead(?:er)?|director)',
  '[Hh]ead of (?:[Uu]nit|[Dd]ivision|[Dd]epartment|[Ss]ection)',
  '[Ss]tate [Ss]ecretary',
  '[Dd]irector(?:-[Gg]eneral)?',
]

/** Roles that are singular only after these determiners: "dem Kollegen Schulz". */
export const singularRoles = [
  'Kollegen',
  'Referenten',
  'Präsidenten',
  'Vorgesetzten',
  'Beauftragten',
  'Mitarbeiter',
  'Sachbearbeiter',
  'Leiter',
  'Ansprechpartner',
]
export const singularDeterminers = [
  '[Dd]e[ms]',
  '[MmDdSsKk]?[Ee]ine[ms]',
  '[Uu]nsere[ms]',
  '[Ii]hre[ms]',
  '[Ee]ure[ms]',
  '[MmDdSsKk]?[Ee]in',
  '[Uu]nser',
  '[Ii]hr',
  '[Ee]uer',
]

/**
 * Capitalised words that follow a salutation or role without being a name: German nouns
 * ("mit der Kollegin Rücksprache halten", "als Frau Karriere machen"), pronouns and
 * function words at a clause start, days and times.
 */
export const notNames = `Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Und Oder Aber
  Doch Denn Wir Ich Sie Er Es Ihr Ihre Ihnen Ihrem Ihren Ihrer Euch Du Dir Dich Man Auch Nicht
  Noch Nur Sehr So Dann Wenn Als Da Dort Hier Heute Gestern Immer Nie Bitte Ja Nein Im In Am
  An Auf Aus Bei Mit Nach Von Vor Zu Zum Zur Für Über Unter Durch Gegen Ohne Um Alle Jeder
  Jede Kein Keine Mein Meine Unser Unsere Dein Sein Seine Was Wer Wie Wo Warum Weil Dass Ob
  Leider Danach Dabei Deshalb Trotzdem Also Außerdem Vielleicht Eigentlich Jetzt Schon Gerade
  Bisher Insgesamt Allerdings Zudem Zwar Rücksprache Bescheid Feedback Rückmeldung Zeit Hilfe
  Tipps Ideen Fragen Aufgaben Termine Termin Infos Vorschläge Vertrauen Absprachen Zugriff
  Zugang Freiraum Freiräume Einblick Rückendeckung Mails Unterlagen Entwürfe Vorlagen Input
  Arbeit Recht Mut Druck Lob Kritik Auskunft Dank Danke Karriere Kinder Familie Teilzeit
  Vollzeit Mann Leute Menschen Sache Sachen Dinge Projekt Projekte Team Teams Urlaub
  Homeoffice Kaffee Woche Wochen Jahr Jahre Monat Monate Tag Tage Anfang Ende Mitte Stunden
  Minuten Geld Budget Personal Stellen Ressourcen Lage Ahnung Angst Sorgen Spaß Ärger Stress
  Problem Probleme Erfolg Glück Pech Gründe Beispiel Antwort Antworten Post Akten Vorgang
  Vorgänge Vermerk Vermerke Aufwand Überstunden Kollege Kollegin Kollegen Chef Chefin Herr Frau
  Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Morgen Mittag Nachmittag Abend
  Gespräch Gespräche Aufträge Auftrag Anträge Vorgaben Hinweise Zahlen Daten Texte Papiere
  Bericht Berichte Rat Ratschläge Wissen Kontakt Kontakte Briefing Updates Mehrwert Ziele Themen
  Thema Inhalte Fakten Details Sitzung Leitung Meinung Planung Ordnung Haltung Wirkung Prüfung
  Lösung Übung Bildung Führung Zeitung Hoffnung Raum Räume Platz Ruhe Respekt Mühe Geduld
  Vorrang Rückhalt Struktur Strukturen Transparenz Kontext Einfluss Macht Chance Chancen Fehler
  Kultur Wandel Tempo Fokus Überblick Rolle Rollen Grenzen Vorbild Mandat Protokoll Protokolle
  Agenda Ablage Wiki Tools Technik Rechte Rückenwind Luft Vorlauf Freigabe Unterschrift Signale
  Interesse Führungskraft Führungskräfte Spielraum Spielräume Ansage Vorschlag Idee Impulse Impuls Coaching Mentoring
  Vormittag Januar Februar März April Mai Juni Juli August September Oktober November Dezember
  The And But Or We It This That They He She You My Our Their His Her Its Then When If Not
  No Yes Thanks Thank Please Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday`.split(/\s+/)

/**
 * First names frequent among civil servants born 1960–2000, German and English. Left out:
 * those that are also words ("Ernst der Lage", "Mark", "Frank", "Will", "Grace").
 */
export const firstNames = `Thomas Michael Andreas Stefan Stephan Christian Markus Marcus Martin
  Peter Klaus Jürgen Wolfgang Uwe Sven Jan Tobias Daniel Alexander Florian Sebastian Matthias
  Jens Oliver Dirk Torsten Thorsten Ralf Ralph Holger Kai Lars Tim Philipp Benjamin Jonas Lukas
  Felix David Simon Johannes Maximilian Max Moritz Paul Julian Niklas Patrick Marco Marcel
  Dennis Björn Carsten Heiko Volker Bernd Bernhard Hans Georg Rainer Dieter Jörg Ulrich Joachim
  Norbert Helmut Manfred Gerhard Karl Hubert Robert Christoph Axel Nils Hendrik Henrik Fabian
  Dominik Erik Kevin Marius Benedikt Konstantin Leon Anna Julia Katharina Sabine Susanne Petra
  Claudia Andrea Stefanie Nicole Birgit Martina Monika Ursula Karin Heike Anja Sandra Christine
  Kerstin Silke Melanie Katrin Kathrin Nadine Daniela Tanja Simone Barbara Gabriele Elisabeth
  Maria Laura Lisa Sarah Sara Lena Hannah Hanna Johanna Lea Leonie Marie Sophie Sophia
  Franziska Theresa Miriam Judith Eva Ines Jana Janina Jessica Jennifer Christina Carolin
  Caroline Antje Britta Doris Ute Jutta Sonja Svenja Nina Vanessa Verena Annika Friederike
  Charlotte Clara Klara Emma Alina Amelie Anne Annette Astrid Bettina Cornelia Dagmar Diana
  Elke Esther Angelika Regina Renate Sigrid Silvia Tina Anke Bianca Ellen Gesa Hanne Imke Insa
  Kirsten Maren Meike Nora Ricarda Tanja Wiebke John James Robert Mary Patricia Jennifer Linda
  Emily Olivia Jessica Emma Sophie George Oliver Harry Jack Charlie Thomas William Samuel Tom
  Kate Katie Rachel Rebecca Hannah Lucy Chloe André Andre René Rene Horst Günter Heinz Kurt
  Helga Brigitte Gisela Ingrid Mehmet Murat Mustafa Ahmet Ayşe Fatma Elif Zeynep Emre Deniz
  Yasemin Leyla Amir Omar Samira Başak Basak Olga Natalia Natalie Irina Ewa Agnieszka Piotr
  Sergej Dmitri Ivan`.split(/\s+/)

/**
 * Surnames frequent in Germany that are not also everyday words: a term such as "schmidt"
 * counted in many answers names someone ("koch", "lange" or "weiß" may be words, so they stay).
 */
export const surnames = `Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz
  Hoffmann Schäfer Bauer Richter Schröder Neumann Zimmermann Krüger Hofmann Hartmann Schmitt
  Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann Walter Mayer Huber
  Peters Scholz Möller Hahn Schubert Günther Berger Winkler Roth Beck Lorenz Baumann Franke
  Albrecht Schuster Böhm Kraus Schumacher Krämer Vogt Jäger Seidel Brandt Haas Schreiber
  Schulte Dietrich Ziegler Kuhn Pohl Bergmann Voigt Arnold Wolff Pfeiffer Meyer Heinrich
  Ludwig Lorenz Hartung Nowak Kowalski Yilmaz Kaya Demir Şahin Çelik`.split(/\s+/)
