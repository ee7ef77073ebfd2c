# Amane — textes de l'application en français.
# Chaque clé existe aussi dans ar/main.ftl et ary/main.ftl, avec les mêmes variables.
# Les pluriels utilisent { $count -> [one] … *[other] … }.
# Ce fichier est la référence : les commentaires au-dessus d'un message disent ce que
# contient chaque variable (nombre ou texte déjà mis en forme).

## Application

app-name = Amane
app-loading = Chargement…
app-skip-to-content = Aller au contenu
app-close = Fermer
app-cancel = Annuler
app-confirm = Confirmer
app-back = Retour

## En-tête

header-course-title = Amane — sécurité en ligne
header-language = Langue
header-quick-exit = Quitter vite
header-quick-exit-hint = Quitte ce site tout de suite. Tu peux aussi appuyer trois fois sur la touche Maj (Shift).
header-menu = Menu
header-home = Modules
header-help = Aide
header-my-data = Mes données
header-record = Mon relevé
header-trainer = Animation

## Choix de la langue (première visite)

language-title = Choisis ta langue
language-intro = Le cours existe en plusieurs langues : choisis celle que tu lis le mieux.
language-continue = Continuer
language-change-later = Tu peux changer de langue à tout moment depuis le menu : ton avancement est gardé.

## Carte du cours

map-title = Les modules
map-intro = Avance à ton rythme. Ton avancement reste sur cet appareil.
# $number (nombre) : rang du module dans le cours.
map-module-number = Module { $number }
map-module-not-started = Pas commencé
map-module-in-progress = En cours
map-module-done = Terminé
# $percent (texte) : déjà mis en forme par format_percent, par ex. « 85 % ».
map-module-score = Score : { $percent }
# $count (nombre) : durée estimée du module.
map-module-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
# $count (nombre) : modules terminés ; $total (nombre) : modules du cours.
map-modules-done =
    { $count ->
        [one] { $count } module terminé sur { $total }
       *[other] { $count } modules terminés sur { $total }
    }
map-start = Commencer
map-continue = Reprendre
map-review = Revoir
map-content-warning-title = Avant de commencer
map-content-warning-intro = Ce module parle de sujets qui peuvent être difficiles :
map-content-warning-continue = Je veux continuer
map-content-warning-later = Plus tard
map-content-warning-help = Si cela te touche, tu peux en parler à quelqu'un : voir l'aide.

## Lecture d'une leçon

# $current, $total (nombres) : étape affichée et nombre d'étapes du module.
lesson-step-of = Étape { $current } sur { $total }
lesson-steps =
    { $count ->
        [one] { $count } étape
       *[other] { $count } étapes
    }
lesson-next = Suivant
lesson-previous = Précédent
lesson-finish = Terminer le module
lesson-progress-label = Avancement dans le module
lesson-callout-tip = Astuce
lesson-callout-warning = Attention
lesson-callout-help = Si cela t'arrive
lesson-callout-trainer = Note pour l'animateur·rice
lesson-sources = Sources
lesson-source-to-verify = (à vérifier)

## Questions

question-number = Question { $current } sur { $total }
question-points =
    { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
question-choose-one = Choisis une réponse.
question-choose-many = Choisis toutes les bonnes réponses.
question-check = Vérifier
question-retry = Réessayer
question-answer-all = Réponds à toutes les questions avant de vérifier.
question-correct = Bonne réponse
question-incorrect = Ce n'est pas la bonne réponse
question-partly-correct = En partie juste
# $earned, $max (nombres, décimales possibles) : points obtenus et points possibles.
question-your-score = Ton score : { $earned } sur { $max }
question-best-score = Ton meilleur score : { $percent }
question-explanation = Explication
question-option-chosen-correct = Tu l'as choisie : c'est juste.
question-option-chosen-wrong = Tu l'as choisie : ce n'est pas juste.
question-option-missed = Celle-ci était juste aussi.
question-order-instructions = Remets les éléments dans le bon ordre.
# $position, $total (nombres) : place de l'élément dans la liste.
question-order-position = Position { $position } sur { $total }
question-order-move-up = Monter
question-order-move-down = Descendre
question-order-correct-position = Bien placé
question-order-wrong-position = Pas à sa place
question-match-instructions = Associe chaque élément à la bonne réponse.
question-match-choose = Choisir…
question-match-correct = Bonne association
question-match-wrong = Mauvaise association

## Scénarios

scenario-start = Commencer le scénario
scenario-choose = Que fais-tu ?
scenario-consequence = Ce qui se passe
scenario-continue = Continuer
scenario-ending-good = Bonne fin
scenario-ending-mixed = Fin mitigée
scenario-ending-bad = Mauvaise fin
scenario-ending-good-note = Tes choix ont protégé les personnes concernées.
scenario-ending-mixed-note = Certains choix ont aidé, d'autres moins. Essaie un autre chemin.
scenario-ending-bad-note = Cette fois, ça s'est mal passé. Rejoue pour trouver une meilleure issue.
scenario-points = Points : { $earned } sur { $max }
scenario-path-recap = Ton chemin
scenario-you-chose = Tu as choisi :
scenario-what-if = Et si tu avais choisi autrement ?
# $node (texte) : titre du passage où menait l'autre choix.
scenario-other-choice-led-to = Ce choix menait à : { $node }
scenario-replay = Rejouer
# $found, $total (nombres) : fins atteintes au moins une fois, fins du scénario.
scenario-endings-found = Fins découvertes : { $found } sur { $total }
scenario-discussion = À discuter en groupe

## Bilan d'un module

summary-title = Bilan du module
summary-score = Ton score : { $percent }
summary-points = Points : { $earned } sur { $max }
summary-passed = Module réussi, bravo !
summary-not-yet = Pas encore réussi. Tu peux refaire les exercices pour améliorer ton score.
# $percent (texte) : seuil de réussite déjà mis en forme, par ex. « 70 % ».
summary-pass-mark = Il faut au moins { $percent } pour réussir.
summary-no-exercises = Ce module n'a pas d'exercice noté.
summary-review = Revoir le module
summary-next-module = Module suivant
summary-back-to-map = Retour aux modules

## Aide

help-title = Aide
help-intro = Ce qui se passe en ligne peut faire mal. Tu n'es pas seul·e, et ce n'est pas ta faute.
help-contacts-title = À qui parler
help-contacts-intro = Parles-en à un adulte de confiance : animateur·rice, éducateur·rice, membre de ta famille.
help-emergency = En cas de danger immédiat, appelle la police : 19.
help-leave-title = Quitter vite
help-leave-body = Le bouton « Quitter vite », en haut de chaque page, efface l'écran et ouvre un site neutre. Trois appuis sur la touche Maj (Shift) font la même chose.
help-history-title = L'historique n'est pas effacé
help-history-body = Quitter vite ne supprime pas l'historique du navigateur : une personne qui utilise cet appareil après toi peut voir que tu as visité Amane.
help-history-computer = Sur ordinateur : ouvre l'historique (Ctrl+H, ou Cmd+Y sur Mac) et supprime les pages d'Amane.
help-history-phone = Sur téléphone : dans le menu du navigateur, ouvre « Historique » et supprime les pages d'Amane.
help-private-browsing = Sur un appareil partagé, utilise la navigation privée : rien n'est gardé à la fermeture (ton avancement non plus, pense à l'exporter).

## Mes données

data-title = Mes données
data-intro = Ton avancement est enregistré seulement sur cet appareil, dans ce navigateur. Rien n'est envoyé sur Internet.
data-export-title = Exporter
data-export-body = Télécharge un fichier avec ton avancement, pour le garder ou le reprendre sur un autre appareil.
data-export-button = Télécharger mon fichier
data-import-title = Importer
data-import-body = Choisis un fichier exporté depuis Amane. Il s'ajoute à ton avancement actuel, sans rien effacer.
data-import-button = Choisir un fichier
data-import-preview-title = Ce fichier va ajouter :
data-import-preview-modules =
    { $count ->
        [one] { $count } module commencé
       *[other] { $count } modules commencés
    }
data-import-preview-steps =
    { $count ->
        [one] { $count } étape lue
       *[other] { $count } étapes lues
    }
data-import-preview-scores =
    { $count ->
        [one] { $count } score amélioré
       *[other] { $count } scores améliorés
    }
data-import-preview-endings =
    { $count ->
        [one] { $count } fin de scénario découverte
       *[other] { $count } fins de scénario découvertes
    }
data-import-preview-attempts =
    { $count ->
        [one] { $count } tentative au bilan final, nouvelle ou plus avancée
       *[other] { $count } tentatives au bilan final, nouvelles ou plus avancées
    }
data-import-preview-nothing = Ce fichier n'apporte rien de nouveau : ton avancement est déjà à jour.
# $ids (texte) : identifiants inconnus, déjà séparés par des virgules.
import-left-out = Ces parties n'existent plus dans ce cours et ne seront pas importées : { $ids }. Le fichier vient peut-être d'une autre version du cours.
data-import-confirm = Importer
data-import-done = Fichier importé : ton avancement est à jour.
data-delete-title = Supprimer mes données
data-delete-body = Efface tout ton avancement de cet appareil. Les autres sites ne sont pas touchés.
data-delete-button = Supprimer mes données
data-delete-confirm-title = Tout supprimer ?
data-delete-confirm-body = Ton avancement sur cet appareil sera effacé pour de bon. Exporte-le d'abord si tu veux le garder.
data-delete-confirm = Oui, tout supprimer
data-delete-done = Tes données ont été supprimées de cet appareil.
data-kept-title = Copies mises de côté
data-kept-body = Cet appareil garde une copie de ton avancement qui avait été mise de côté. Tu peux la récupérer : elle s'ajoute à ce que tu as déjà fait, rien n'est effacé.
# $steps (nombre) : étapes lues dans la copie.
data-kept-copy = Une copie avec { $steps ->
    [one] { $steps } étape lue
   *[other] { $steps } étapes lues
}
data-kept-restore = Récupérer cette copie
data-kept-restored = La copie a été ajoutée à ton avancement.

## Erreurs d'import

# $limit (nombre) : taille maximale d'un fichier de progression, en kilo-octets.
import-too-large = Ce fichier est trop gros. Un fichier de progression d'Amane fait au plus { $limit } Ko.
import-not-json = Ce fichier n'est pas un fichier de progression d'Amane : son contenu est illisible.
import-too-deep = Ce fichier est mal construit : il contient trop de niveaux imbriqués.
import-not-a-number = Ce fichier contient des nombres invalides. Il a peut-être été modifié à la main.
import-wrong-format = Ce fichier n'est pas un fichier de progression d'Amane.
# $version (nombre) : version du format du fichier refusé.
import-newer-version = Ce fichier vient d'une version plus récente d'Amane (format { $version }). Mets l'application à jour, puis réessaie.
# $course (texte) : identifiant du cours écrit dans le fichier.
import-other-course = Ce fichier vient d'un autre cours ({ $course }).
import-forbidden-characters = Ce fichier contient des caractères invisibles ou qui inversent le texte. Il n'a pas été importé, par sécurité.
import-failed = Le fichier n'a pas pu être lu. Réessaie avec un autre fichier.

## Bandeaux d'enregistrement

storage-unavailable = Ce navigateur ne permet pas d'enregistrer ton avancement. Tu peux continuer, mais il sera perdu à la fermeture de la page, sauf si tu l'exportes.
storage-recovered = Ton avancement enregistré était abîmé : la dernière copie en bon état a été reprise. Tes tout derniers changements peuvent manquer.
storage-full = Il n'y a plus de place pour enregistrer ton avancement. Ta dernière sauvegarde est gardée. Exporte ton fichier pour ne rien perdre.
storage-newer-version = Ton avancement a été enregistré par une version plus récente d'Amane. Il reste tel quel sur cet appareil, et ce que tu fais pendant cette visite n'est pas enregistré : exporte ton fichier pour le garder.
storage-unreadable = Ton avancement enregistré était illisible. Il est gardé de côté sur cet appareil et tu repars du début. Si tu as exporté un fichier, importe-le pour tout retrouver.
storage-export-now = Exporter maintenant
storage-dismiss = J'ai compris

## Mode privé

private-mode-title = Mode privé
private-mode-body = Sur un appareil partagé : rien n'est enregistré sur l'appareil, ton avancement disparaît quand tu fermes la page.
private-mode-turn-on = Activer le mode privé
private-mode-turn-off = Désactiver le mode privé
private-mode-on = Mode privé : rien n'est enregistré sur cet appareil.

## Relevé de fin de parcours

record-title = Relevé de parcours en autonomie
record-intro = Ce relevé indique les modules terminés sur cet appareil. Ce n'est pas un diplôme.
record-name-label = Ton nom (il reste sur cet appareil)
# $name (texte) : nom tapé par la personne sur l'appareil.
record-completed-by = Parcours suivi par { $name }
# $date (texte) : date déjà mise en forme (format_date ou date-long).
record-date = Date : { $date }
# $version (texte) : version du cours telle qu'écrite dans course.toml, par ex. « 2026.11 ».
record-course-version = Version du cours : { $version }
# $module (texte) : titre du module ; $percent (texte) : score mis en forme.
record-module-score = { $module } : { $percent }
record-not-finished =
    { $count ->
        [one] Encore { $count } module à terminer pour obtenir ton relevé.
       *[other] Encore { $count } modules à terminer pour obtenir ton relevé.
    }
record-print = Imprimer

## Mode animation

trainer-title = Animation
trainer-intro = Pour animer une séance en groupe : projette un exercice ou un scénario, étape par étape. Rien n'est enregistré dans l'avancement.
trainer-present = Projeter
trainer-reveal = Montrer la réponse
trainer-next-step = Étape suivante
trainer-previous-step = Étape précédente
trainer-timer-start = Lancer le chrono
trainer-timer-stop = Arrêter le chrono
trainer-timer-reset = Remettre à zéro
trainer-notes = Notes
trainer-no-notes = Pas de note pour cette étape.
trainer-next-up = Étape suivante :
trainer-tally-add = Ajouter une voix
trainer-tally-remove = Retirer une voix
# $count (nombre) : voix comptées pour un choix.
trainer-votes = { $count } voix
trainer-majority = Majorité
trainer-presenter-window = Ouvrir la fenêtre de l'animateur·rice
trainer-popup-blocked = Le navigateur a bloqué la nouvelle fenêtre : les notes s'affichent ici.
trainer-keyboard-help = → ou ← : étape suivante ou précédente · Espace ou R : montrer · 1 à 9 : choisir · T : chrono · N : notes · Échap : quitter
trainer-keyboard = Clavier
trainer-character-keys = Touches lettres et chiffres (R, T, N, 1 à 9) : décocher si une commande vocale ou un lecteur d'écran les déclenche
trainer-session-plan = Plan de séance
trainer-plan-duration =
    { $count ->
        [one] Durée prévue : { $count } minute
       *[other] Durée prévue : { $count } minutes
    }
trainer-print-plan = Imprimer le plan
trainer-exit = Quitter la projection

## Résultats du groupe

trainer-results-link = Résultats du groupe
results-title = Résultats du groupe
results-intro = Choisis ou dépose ici les fichiers de résultats que les participant·es t'ont envoyés, tous à la fois. Ils sont lus sur cet appareil : rien n'est envoyé, et rien n'est gardé sauf si tu le demandes.
results-pick = Choisir des fichiers de résultats
results-drop = ou dépose-les dans ce cadre
results-empty = Aucun fichier de résultats chargé pour le moment.
results-table-caption = Une ligne par personne ; les fichiers d'une même personne sont réunis.
results-col-name = Nom
results-col-modules = Modules réussis
results-col-score = Meilleur score au bilan final
results-col-date = Date du meilleur score
results-col-attempts = Tentatives au bilan
results-col-version = Version du cours
# $passed (nombre) : modules réussis ; $total (nombre) : modules du cours.
results-modules-passed = { $passed } sur { $total }
results-passed = réussi
results-not-passed = non réussi
results-refused-title = Fichiers refusés
# $size, $limit (nombres) : tailles en Ko.
results-refused-too-big = Trop gros ({ $size } Ko) : un fichier de résultats fait au plus { $limit } Ko.
results-refused-not-results = Ce n'est pas un fichier de résultats d'Amane.
results-refused-corrupt = Ce fichier de résultats est abîmé ou a été modifié.
# $course (texte) : identifiant du cours trouvé dans le fichier.
results-refused-other-course = Ce sont les résultats d'un autre cours ({ $course }).
# $version (nombre) : version du format trouvée dans le fichier.
results-refused-newer = Ce fichier vient d'une version plus récente d'Amane (format { $version }) : mets le cours à jour pour le lire.
results-download-csv = Télécharger le tableau (CSV)
results-print = Imprimer le tableau
results-keep = Garder ce tableau sur cet appareil
results-kept = Ce tableau est gardé sur cet appareil.
results-keep-failed = Le tableau n'a pas pu être gardé sur cet appareil (stockage plein ou bloqué). Télécharge-le pour ne pas le perdre.
results-delete = Supprimer le tableau gardé
results-deleted = Le tableau a été supprimé de cet appareil.
data-results-title = Mes résultats pour la formation
data-results-body = Si ta formation le demande, envoie ce fichier à la personne qui l'anime. Il contient ton nom et ton avancement, rien d'autre.
data-results-name = Ton nom (gardé sur cet appareil pour la prochaine fois)
data-results-button = Télécharger mes résultats pour la formation
data-results-name-needed = Écris d'abord ton nom, en lettres visibles (80 au plus).

## Hors ligne

offline-download = Télécharger tout le cours pour l'utiliser sans Internet
# $done, $total (nombres) : fichiers déjà téléchargés, fichiers à télécharger.
offline-downloading = Téléchargement : { $done } sur { $total }
offline-ready = Le cours est disponible sans Internet sur cet appareil.
offline-failed = Le téléchargement a été interrompu. Réessaie quand tu as une connexion.
offline-you-are-offline = Tu es hors ligne. Les modules déjà ouverts restent disponibles.
offline-update-available = Une nouvelle version du cours est prête.
offline-reload = Recharger

## Chargement du contenu

content-loading = Chargement du module…
content-module-failed = Ce module n'a pas pu être chargé. Vérifie ta connexion.
content-course-failed = Le cours n'a pas pu être chargé. Vérifie ta connexion, puis réessaie.
content-retry = Réessayer
content-block-error = Cette partie du module n'a pas pu être affichée.
# Titre au-dessus des messages techniques, écrits en anglais pour les auteur·rices du cours.
content-author-details = Détails pour les auteur·rices du cours (en anglais)
# $code (texte) : le code d'état HTTP renvoyé par le serveur, par exemple 404.
content-http-status = Le serveur a répondu : HTTP { $code }
# $language : le nom de la langue dans laquelle le module est affiché, dans sa propre écriture.
content-fallback = Ce module n'est pas encore traduit dans cette langue : il est affiché en { $language }.

## Page introuvable

not-found-title = Page introuvable
not-found-body = Cette adresse ne correspond à aucune page du cours.
not-found-home = Retour aux modules

# $value : le nombre déjà écrit (85) ; le signe % comme la langue l'écrit (en français, espace fine insécable avant).
number-percent = { $value } %

## Dates (nom des mois)

# $day, $month, $year (nombres) : jour, mois (1 à 12) et année ; utilisé par Localizer::long_date.
date-long =
    { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Mode animation : projection, fenêtre de l'animateur·rice, plan de séance

trainer-presenter-title = Fenêtre de l'animateur·rice
trainer-room-path = Le chemin du groupe
trainer-room-answers = Les réponses du groupe
trainer-phase-read = Récit
trainer-phase-vote = Vote
trainer-phase-reveal = Réponse
trainer-phase-recap = Bilan
trainer-phase-lesson = Texte de la leçon
trainer-picked = Choix de l'animateur·rice
# $number (nombre) : numéro du choix, tel qu'il est affiché à l'écran.
trainer-pick = Choisir le n° { $number }
# $number (nombre) : numéro du choix, tel qu'il est affiché à l'écran.
trainer-tally-set = Nombre de voix pour le n° { $number }
trainer-pick-needed = Égalité ou aucune voix : choisis la suite (touches 1 à 9, ou bouton « Choisir »).
trainer-no-votes = Pas de vote
trainer-timer = Chrono
trainer-timer-less = −30 s
trainer-timer-more = +30 s
trainer-time-up = Temps écoulé
trainer-notes-here = Ce navigateur ne peut pas relier deux fenêtres : les notes s'affichent ici.
trainer-kind-scenario = Histoire à choix
trainer-kind-questions = Questions
trainer-kind-lesson = Étape de la leçon
# $count (nombre) : décisions sur le plus long chemin de l'histoire.
trainer-size-decisions =
    { $count ->
        [one] { $count } décision
       *[other] { $count } décisions
    }
# $count (nombre) : questions de la série.
trainer-size-questions =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
# $count (nombre) : durée estimée en groupe, en minutes.
trainer-block-minutes =
    { $count ->
        [one] Environ { $count } minute en groupe
       *[other] Environ { $count } minutes en groupe
    }

## Progrès jamais perdu : mode privé et relevé de parcours

private-mode-reload = Attention : si tu recharges ou fermes la page, tu repars du début et le mode privé s'arrête. Exporte ton fichier avant de partir pour garder ton avancement.
private-mode-confirm-title = Activer le mode privé ?
private-mode-confirm-body = Ton avancement sera effacé de cet appareil. Il reste affiché pendant cette visite, mais il sera perdu si tu recharges ou fermes la page, sauf si tu exportes ton fichier.
private-mode-confirm = Oui, ne rien garder sur l'appareil
private-mode-off-body = Si tu désactives le mode privé, ton avancement est de nouveau enregistré sur cet appareil.
private-mode-saved-again = Mode privé désactivé : ton avancement est de nouveau enregistré sur cet appareil.
private-mode-unavailable = Ce navigateur n'enregistre déjà rien sur l'appareil : ton avancement est perdu quand tu fermes la page, sauf si tu l'exportes.
record-course-done = Bravo, tu as terminé tous les modules !
record-open = Voir et imprimer mon relevé
record-name-hint = Ton nom n'est enregistré nulle part : retape-le si tu reviens plus tard.
record-col-module = Module
record-col-score = Score
record-col-date = Dernière activité
record-no-exercises = Sans exercice noté
record-self-study = Ce parcours a été suivi en autonomie : personne n'a vérifié les réponses.

# Case guide "what do I do now?" (#/guide)
guide-open = Que faire maintenant ? Le guide pour le personnel face à une situation réelle
guide-next-steps = Prochaines étapes
guide-next-steps-note = Ce que le guide conseille pour cette situation.
guide-back = Question précédente
guide-clear = Effacer et recommencer
guide-summary-answered = Ce qui a été répondu
guide-print = Imprimer (une page)
guide-copy = Copier en texte
guide-copied = Le résumé est copié.
guide-copy-failed = Le navigateur n'a pas permis de copier : sélectionnez le texte de la page.
guide-private = Rien n'est enregistré sur cet appareil. Effacez le résumé quand vous avez fini.
guide-see-help = Tous les numéros utiles sont sur la page d'aide.
guide-present = Animation : projeter ce guide en atelier, sur une situation inventée

## Bilan final

assessment-title = Bilan final
assessment-none = Ce cours n'a pas de bilan final.
assessment-intro = Des situations tirées de tout le cours. Tu ne sais pas si tes réponses sont justes avant d'envoyer le bilan : tu peux les changer jusque-là.
assessment-rules = Questions : { $questions } · Pour réussir : { $percent }
assessment-time-limit = Temps limité : { $minutes } min. À la fin du temps, le bilan est envoyé avec les réponses données.
assessment-locked = Le bilan s'ouvre quand tu as réussi tous les modules.
assessment-attempts-left = Tentatives restantes : { $count }
assessment-no-attempts-left = Tu as utilisé toutes tes tentatives.
assessment-start = Commencer le bilan
assessment-start-again = Commencer une nouvelle tentative
assessment-attempt-number = Tentative { $number } sur { $total }
assessment-saved = Tes réponses sont enregistrées sur cet appareil au fur et à mesure.
assessment-answered = Réponses données : { $answered } sur { $total }
assessment-submit = Envoyer mes réponses
assessment-confirm = Envoyer maintenant ? Tu ne pourras plus changer tes réponses.
assessment-confirm-unanswered = Questions sans réponse : { $count }
assessment-confirm-yes = Oui, envoyer
assessment-confirm-no = Continuer à répondre
assessment-time-left = Temps restant :
assessment-minutes-left = Temps restant : { $minutes } min
assessment-unanswered = Pas de réponse
assessment-result-title = Résultat de la tentative { $number }
assessment-score = Ton score : { $percent }
assessment-passed = Bilan réussi
assessment-failed = Bilan pas encore réussi : il faut { $percent }.
assessment-time-up = Le temps était écoulé : seules les réponses données à temps comptent.
assessment-review-title = Revoir chaque question
assessment-map-summary = Des situations tirées de tout le cours, après les modules.
assessment-map-passed = Réussi : { $percent }
assessment-map-not-passed = Meilleur score : { $percent }
record-assessment-passed = Bilan final réussi : { $percent } (tentative { $number }, le { $date })
record-assessment-not-passed = Bilan final pas encore réussi : meilleur score { $percent } (tentative { $number }, le { $date })
record-assessment-none = Bilan final : pas encore passé
record-assessment-proves = Ce relevé prouve seulement que ce parcours et ce bilan ont été faits sur cet appareil, sans surveillance : il ne prouve pas qui a répondu.
record-issued-by = Délivré par : { $issuer }
record-signature = Signature du formateur ou de la formatrice :

# A screen whose code downloads when first opened (src/ui/components/chunk.rs).
chunk-failed = Cette page n'a pas pu être chargée.
chunk-failed-hint = La connexion a peut-être été coupée. Le reste du cours fonctionne toujours ; réessaie quand tu as du réseau.

## Plans de séance imprimables (45 ou 90 minutes, et la séance avec les parents)

plan-link = Plan minuté
plan-parents-link = Séance avec les parents : le plan
plan-title = Plan de séance
plan-intro = Un plan minuté pour animer ce module avec un groupe, tiré du module lui-même. Les minutes sont des repères : adaptez-les au groupe.
plan-parents-intro = Une séance avec des parents, partie par partie. Sous chaque partie, le texte à lire ou à raconter avec vos mots.
plan-length-label = Durée de la séance
# $count (nombre) : durée d'une séance ou d'une partie, en minutes.
plan-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
# $count (nombre) : total des minutes des parties du plan.
plan-total =
    { $count ->
        [one] Total : { $count } minute
       *[other] Total : { $count } minutes
    }
plan-parts = Déroulé
plan-part-opening = Ouverture
plan-part-presentation = Présentation courte
plan-part-vote = Vote de la salle
plan-part-scenario = Histoire à choix, votée à chaque choix
plan-part-discussion = Discussion
plan-part-pair-work = Travail en binômes ou en petits groupes
plan-part-closing = Clôture et prochaines étapes
plan-do-opening = Accueillez le groupe et présentez le sujet. Donnez deux règles : on ne se moque de personne, et personne n'est obligé de raconter sa vie. Dites qu'on peut sortir de la salle à tout moment.
plan-do-presentation = Projetez l'étape et résumez-la en quelques phrases simples. Demandez un exemple à la salle.
plan-do-tell = Racontez ce passage avec vos mots, en vous aidant du texte ci-dessous. Demandez un exemple à la salle.
plan-do-vote = Lisez chaque question et ses réponses à voix haute. La salle vote à main levée ou avec des cartons de couleur ; montrez la réponse et expliquez-la.
plan-do-scenario = Lisez le récit à voix haute. À chaque choix, la salle vote ; montrez la suite choisie par la majorité, jusqu'à une fin. Si le temps le permet, revenez en arrière pour voir une autre fin.
plan-do-discussion = Posez la question à la salle et laissez parler plusieurs personnes. Personne n'est obligé de répondre.
plan-do-pair-work = Par deux (une personne qui lit bien avec une personne qui lit moins), chacun·e dit à l'autre ce qu'il ou elle ferait à la place du personnage de l'histoire. Puis deux binômes racontent au groupe.
plan-do-closing = Demandez à la salle trois choses à retenir. Montrez la page Aide et ses numéros. Prochaines étapes : chacun·e peut refaire le module sur son téléphone, et annoncez la prochaine séance.
plan-steps = Étapes :
plan-low-literacy-title = Avec un groupe qui lit peu ou pas
plan-low-literacy-read-aloud = Lisez tout à voix haute : les étapes, les questions, les réponses et les choix.
plan-low-literacy-cards = Rien à écrire : on vote à main levée ou avec des cartons de couleur (vert : oui ou choix 1, rouge : non ou choix 2, jaune : choix 3).
plan-low-literacy-pictures = Montrez des images : l'écran d'un téléphone, une capture d'écran, les logos des applications, une affiche avec les numéros d'aide.
plan-low-literacy-pairs = Formez des binômes qui mélangent une personne qui lit et une personne qui ne lit pas.
plan-low-literacy-darija = Parlez en darija, même si l'écran est en français ou en arabe, et laissez le groupe répondre dans la langue de son choix.
plan-materials-title = À préparer
plan-materials-computer = L'ordinateur et le projecteur, avec le cours disponible sans Internet.
plan-materials-cards = Des cartons de couleur (vert, rouge, jaune) pour chaque participant·e.
plan-materials-numbers = Les numéros d'aide écrits sur une affiche ou au tableau.
plan-materials-plan = Ce plan imprimé.

language-download-failed = Cette langue n'a pas pu être téléchargée. Vérifie ta connexion, puis réessaie.

# The course's checker for authors (#/auteur, src/ui/pages/author.rs). The problems themselves
# stay in English, as the command-line checker writes them.
author-link = Vérifier les fichiers du cours
author-title = Vérifier les fichiers du cours
author-intro = Cette page relit les fichiers du cours que ce site sert, avec les mêmes règles que la commande « amane check ». Corrige un fichier sur le serveur, puis clique sur « Vérifier encore » : chaque problème donne son fichier (depuis le dossier content), sa ligne et sa colonne.
author-check-again = Vérifier encore
author-clean = Aucun problème : le cours est prêt.
author-summary = { $errors ->
    [one] 1 erreur à corriger
   *[other] { $errors } erreurs à corriger
  }, { $warnings ->
    [one] 1 avertissement
   *[other] { $warnings } avertissements
  }.
author-errors = Erreurs à corriger
author-warnings = Avertissements à regarder
author-unreadable = Les fichiers du cours n'ont pas pu être lus (connexion coupée ?). Réessaie quand tu as du réseau.
