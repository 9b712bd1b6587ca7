//! The interface's words in English and Russian ([`TABLE`]) and Kazakh
//! (`i18n_kk::TABLE`). Data items carry their own Russian titles
//! (`title_ru`, `name_ru`); these tables are for the UI.
//!
//! To add a string: write `ctx.tr("English")` in the panel, add
//! `("English", "Русский")` to [`TABLE`] and `("English", "Қазақша")` to
//! `i18n_kk::TABLE` (anywhere: both are looked up by their English key).
//! tests/i18n.rs fails for a literal `tr("…")` either table lacks, for a
//! key of [`TABLE`] without Kazakh, and for any string a tour of the
//! Russian and the Kazakh interface meets untranslated.

use std::collections::{BTreeSet, HashMap};
use std::sync::{LazyLock, Mutex};

use super::roadmap::{OPERATING_HOW, RISKS_HOW};
use super::top_bar::TITLE;
use crate::model::Lang;

/// (English, Russian) pairs.
pub const TABLE: &[(&str, &str)] = &[
    ("Timeline", "Хронология"),
    ("Road map", "Дорожная карта"),
    ("Institutions", "Институты"),
    ("Compare scenarios", "Сравнение сценариев"),
    ("Scenarios to 2030", "Сценарии до 2030 года"),
    ("Road-map institutions", "Институты дорожной карты"),
    ("Proposed by the road map", "Предложены дорожной картой"),
    ("Existing institutions", "Существующие институты"),
    ("Details", "Подробности"),
    ("Electoral cycles", "Избирательные циклы"),
    ("Eras", "Эпохи"),
    ("Fit 1990–2030", "Весь период 1990–2030"),
    ("Filters", "Фильтры"),
    ("Share", "Поделиться"),
    ("Help", "Справка"),
    ("View", "Вид"),
    ("Reload", "Перезагрузить"),
    ("Loading the data…", "Загрузка данных…"),
    ("Elapsed", "Прошло"),
    ("s", "с"),
    ("Search events (Ctrl+F)", "Поиск событий (Ctrl+F)"),
    ("events", "событий"),
    ("about", "о сценарии"),
    ("Hide the generation gap", "Скрыть разрыв поколений"),
    (
        "Show the generation gap: ages of leaders and named successors",
        "Показать разрыв поколений: возраст лидеров и названных преемников",
    ),
    (
        "Facts are always shown; tick a scenario to overlay its projections.",
        "Факты показаны всегда; отметьте сценарий, чтобы наложить его прогнозы.",
    ),
    (
        "Click an era, event, term, election, institution or scenario to see its details and sources.",
        "Щёлкните эпоху, событие, срок, выборы, институт или сценарий, чтобы увидеть подробности и источники.",
    ),
    ("Sources", "Источники"),
    ("Clear selection", "Снять выделение"),
    ("Copy view as command", "Скопировать вид как команду"),
    ("Save view as PNG", "Сохранить вид как PNG"),
    (
        "Save visible events as CSV",
        "Сохранить видимые события как CSV",
    ),
    ("Save brief as Markdown", "Сохранить справку в Markdown"),
    ("Save view as SVG", "Сохранить вид как SVG"),
    ("Save view as PDF", "Сохранить вид как PDF"),
    (
        "Save full-range poster as PDF",
        "Сохранить плакат всего периода в PDF",
    ),
    ("Language", "Язык"),
    ("Theme", "Тема"),
    ("Follow the system", "Как в системе"),
    ("Light", "Светлая"),
    ("Dark", "Тёмная"),
    ("Larger (Ctrl+=)", "Крупнее (Ctrl+=)"),
    ("Smaller (Ctrl+−)", "Мельче (Ctrl+−)"),
    ("Keyboard and mouse", "Клавиатура и мышь"),
    ("Close", "Закрыть"),
    // Interface words routed through `tr` for the complete Russian and
    // Kazakh interface (issue #14).
    (TITLE, "rk-roadmap — Россия–Казахстан 1990–2030"),
    (
        "The messages are in English, as the checker (rk-roadmap check) prints them.",
        "Сообщения — на английском, как их выводит проверка (rk-roadmap check).",
    ),
    (
        "Both countries vote within 12 months",
        "Обе страны голосуют с разницей до 12 месяцев",
    ),
    (
        "Vice-Premiers' average age (43), per the white paper",
        "Средний возраст вице-премьеров (43), по докладу",
    ),
    (
        "Top politicians \"in the age of about 50\", per the white paper",
        "Ведущие политики «в возрасте около 50 лет», по докладу (пер. с англ.)",
    ),
    (
        OPERATING_HOW,
        "Действующие институты: для каждого года — число предложенных дорожной картой институтов, чей жизненный цикл по сценарию к этому году дошёл до этапа «действует» (застопорившиеся и отменённые не считаются).",
    ),
    (
        RISKS_HOW,
        "Риски, на которые есть ответ: для каждого года — доля рисков из доклада (факторов вида «риск»), на которые отвечает хотя бы один институт дорожной карты, действующий в этом году, согласно связям институтов «отвечает на».",
    ),
    // The scenario watch and the as-of control.
    ("Scenario watch", "Наблюдение за сценариями"),
    (
        "Which future is unfolding: signposts, their state at the as-of date, likelihoods",
        "Какое будущее складывается: индикаторы, их состояние на выбранную дату, вероятности",
    ),
    ("As of a date…", "Состояние на дату…"),
    (
        "See what was known at an earlier date: later facts dimmed or hidden, signposts and judgements as they stood then",
        "Увидеть, что было известно на более раннюю дату: более поздние факты приглушены или скрыты, индикаторы и оценки — какими они были тогда",
    ),
    ("As of", "На дату"),
    (
        "Previous change of a signpost",
        "Предыдущее изменение индикатора",
    ),
    (
        "Next change of a signpost",
        "Следующее изменение индикатора",
    ),
    ("Back to today", "Вернуться к сегодняшнему дню"),
    (
        "Leave the view as of a date (Esc, with nothing selected)",
        "Выйти из состояния на дату (Esc, когда ничего не выделено)",
    ),
    (
        "type a date (YYYY, YYYY-MM or YYYY-MM-DD) and press Enter",
        "введите дату (YYYY, YYYY-MM или YYYY-MM-DD) и нажмите Enter",
    ),
    ("Stop the replay", "Остановить воспроизведение"),
    ("Replay", "Воспроизвести"),
    ("Stop", "Стоп"),
    ("Saved", "Сохранено:"),
    ("Export failed:", "Экспорт не удался:"),
    (
        "Step towards today, one signpost change at a time",
        "Шаг за шагом к сегодняшнему дню, по одному изменению индикатора",
    ),
    (
        "Facts dated after the as-of date",
        "Факты, датированные позже выбранной даты",
    ),
    ("dim later facts", "приглушить поздние факты"),
    ("hide later facts", "скрыть поздние факты"),
    ("Scenario watch as of", "Наблюдение за сценариями на"),
    (
        "Signposts, their bearing on each scenario and the likelihoods are this dataset's own analysis; the white paper gives no scenarios and no likelihoods. A signpost's state is computed from its window and the dated facts that resolved it.",
        "Индикаторы, их значение для каждого сценария и вероятности — собственный анализ набора данных; в докладе нет ни сценариев, ни вероятностей. Состояние индикатора вычисляется по его сроку и датированным фактам, которые его разрешили.",
    ),
    (
        "Overlay this scenario on the timeline, or remove it",
        "Наложить этот сценарий на хронологию или убрать его",
    ),
    ("observed for", "в пользу (наблюдается)"),
    ("observed against", "против (наблюдается)"),
    ("missed", "не произошли"),
    ("contradicted", "опровергнуты"),
    ("pending", "ожидаются"),
    ("confidence", "уверенность"),
    ("judged", "оценка от"),
    (
        "no judgement yet at this date",
        "на эту дату оценки ещё нет",
    ),
    (
        "Likelihood over time (the dataset's own judgements)",
        "Вероятность во времени (собственные оценки набора данных)",
    ),
    ("Signposts", "Индикаторы"),
    (
        "More signposts below: drag the scroll bar on the right",
        "Ниже ещё индикаторы: потяните полосу прокрутки справа",
    ),
    ("proposed first", "сначала предложенные"),
    ("existing first", "сначала существующие"),
    ("Signpost and window", "Индикатор и срок"),
    ("consistent", "согласуется"),
    ("inconsistent", "не согласуется"),
    ("not diagnostic", "не различает"),
    ("State", "Состояние"),
    ("Evidence", "Подтверждение"),
    ("expected", "ожидается"),
    ("expected by", "ожидается к"),
    (
        "Its window is open (or not yet open) and no fact resolves it yet",
        "Срок открыт (или ещё не наступил), и ни один факт его пока не разрешил",
    ),
    (
        "A dated fact on or before this date shows it happened",
        "Датированный факт не позже этой даты показывает, что это произошло",
    ),
    (
        "Its window closed before this date with no fact showing it",
        "Срок истёк до этой даты, и ни один факт этого не показал",
    ),
    (
        "A dated fact on or before this date speaks against it",
        "Датированный факт не позже этой даты говорит против",
    ),
    // Short enough for the gutter (134 px at 11 px).
    ("Votes within 12 months", "Выборы в пределах года"),
    (
        "A dot links an institution to a risk or barrier of the white paper it answers. Click a dot for the reasoning.",
        "Точка связывает институт с риском или барьером из доклада, на который он отвечает. Щёлкните точку, чтобы увидеть обоснование.",
    ),
    ("Acting / interim", "Исполняющий обязанности / временный"),
    ("Assumptions", "Допущения"),
    ("Born", "Дата рождения:"),
    ("Checked against:", "Сверено с:"),
    (
        "Choose two different scenarios.",
        "Выберите два разных сценария.",
    ),
    (
        "Choose two scenarios to see what differs between them.",
        "Выберите два сценария, чтобы увидеть, чем они различаются.",
    ),
    ("Clear all filters", "Сбросить все фильтры"),
    (
        "Click for details and sources",
        "Щёлкните, чтобы увидеть подробности и источники",
    ),
    ("Click to zoom in", "Щёлкните, чтобы приблизить"),
    ("Codes:", "Обозначения:"),
    ("Compare two scenarios", "Сравнение двух сценариев"),
    ("Copied:", "Скопировано:"),
    // deep links: ids the data does not hold
    ("No such scenario in the data:", "В данных нет сценария:"),
    ("No such item to select:", "Не найден элемент для выбора:"),
    ("No such lane in the data:", "В данных нет дорожки:"),
    ("No such person in the data:", "В данных нет персоны:"),
    (
        "Copies a command line that reopens this view: dates, tab, language, scenarios, selection, search, filters and collapsed lanes",
        "Копирует командную строку, открывающую этот вид: даты, вкладку, язык, сценарии, выделение, поиск, фильтры и свёрнутые дорожки",
    ),
    (
        "Copy this view as a command line, or save it as PNG, CSV or Markdown",
        "Скопировать вид как командную строку или сохранить как PNG, CSV или Markdown",
    ),
    (
        "Every institution with its level, purpose and the risks it answers",
        "Каждый институт с его уровнем, назначением и рисками, на которые он отвечает",
    ),
    (
        "Every mouse and keyboard action (F1 or ?)",
        "Все действия мышью и клавиатурой (F1 или ?)",
    ),
    (
        "Filter the timeline by words in titles, descriptions and tags; Esc clears",
        "Фильтр хронологии по словам в названиях, описаниях и тегах; Esc очищает",
    ),
    ("Founded", "Основан"),
    (
        "Institutions whose road map differs",
        "Институты, чья дорожная карта различается",
    ),
    ("Institutions × risks", "Институты × риски"),
    ("Lane", "Дорожка"),
    ("Lanes", "Дорожки"),
    (
        "Language, theme and size of the interface",
        "Язык, тема и размер интерфейса",
    ),
    ("Level", "Уровень"),
    ("Lifecycle by scenario", "Жизненный цикл по сценариям"),
    ("Note", "Примечание"),
    ("Only in", "Только в"),
    ("Projected by", "Прогноз сценария"),
    ("Purpose", "Назначение"),
    (
        "Read the data files again (they are also reloaded on save)",
        "Прочитать файлы данных заново (они также перечитываются при сохранении)",
    ),
    (
        "The dataset's reasoning (drawing on the white paper)",
        "Рассуждение составителей данных (с опорой на доклад)",
    ),
    (
        "Scenarios are this dataset's own analysis: the white paper has one road map and no scenarios, stage years or outcomes.",
        "Сценарии — собственный анализ составителей данных: в докладе одна дорожная карта, без сценариев, сроков этапов и исходов.",
    ),
    ("Runoff", "Второй тур"),
    ("Saved in", "Сохраняется в"),
    ("Scenario", "Сценарий"),
    ("Show it on the road map", "Показать на дорожной карте"),
    (
        "Show only some lanes or tags",
        "Показать только некоторые дорожки или теги",
    ),
    (
        "Show or hide the plot of ages over time, with the 2029–2030 cusp",
        "Показать или скрыть график возрастов во времени с рубежом 2029–2030 годов",
    ),
    (
        "Show the whole span (Home, or double-click the timeline)",
        "Показать весь период (Home или двойной щелчок по хронологии)",
    ),
    (
        "Show this scenario's assumptions and reasoning",
        "Показать допущения и обоснование сценария",
    ),
    ("Table", "Таблица"),
    ("Tags", "Теги"),
    (
        "Tags (none ticked = all)",
        "Теги (ни один не отмечен = все)",
    ),
    ("Term", "Срок полномочий"),
    ("Term served", "Срок полномочий"),
    ("The institution", "Институт"),
    (
        "The road map's proposed institutions and the existing ones they build on. Click a heading to sort, a name for details.",
        "Институты, предложенные дорожной картой, и существующие, на которые они опираются. Щёлкните заголовок для сортировки, название — для подробностей.",
    ),
    (
        "This election is no longer computed from the current data.",
        "Эти выборы больше не рассчитываются по текущим данным.",
    ),
    (
        "Tick one or more scenarios (left, or keys 1–9) to see when each proposed institution is agreed, established and operating.",
        "Отметьте один или несколько сценариев (слева или клавиши 1–9), чтобы увидеть, когда каждый предложенный институт согласован, учреждён и действует.",
    ),
    (
        "Which institution answers which risk or barrier",
        "Какой институт отвечает на какой риск или барьер",
    ),
    ("age", "возраст"),
    ("answers", "отвечает на"),
    ("as of", "на дату"),
    ("choose a scenario", "выберите сценарий"),
    ("click to collapse", "щёлкните, чтобы свернуть"),
    ("click to expand", "щёлкните, чтобы развернуть"),
    ("cusp", "рубеж"),
    ("early", "внеочередные"),
    ("existing", "существующий"),
    (
        "hollow = scheduled · half = date passed, no result · dashed with a dot = computed",
        "полые = запланированы · наполовину = срок прошёл, итогов нет · пунктир с точкой = рассчитаны",
    ),
    (
        "Date passed: held, the result is not in the sources",
        "Срок прошёл: состоялось, итогов в источниках нет",
    ),
    (
        "Past due: still scheduled after its date; the data needs review",
        "Срок прошёл, но всё ещё «запланировано»: данные нужно проверить",
    ),
    (
        "Its date has passed. Held: the sources consulted report no result, and none is entered. Past due: the data still calls it scheduled; check the sources.",
        "Дата прошла. «Состоялось»: в просмотренных источниках итогов нет, и они не внесены. «Срок прошёл»: в данных всё ещё «запланировано»; сверьтесь с источниками.",
    ),
    ("Hide figures", "Скрыть цифры"),
    ("Show figures", "Показать цифры"),
    (
        "Show or hide a track of the dataset's figures over time: trade turnover, transit, diaspora",
        "Показать или скрыть дорожку с цифрами из данных во времени: товарооборот, транзит, диаспоры",
    ),
    (
        "Choose the series of figures drawn on the axis",
        "Выберите ряд цифр, показанный на оси времени",
    ),
    ("confirmed", "подтверждено"),
    ("unconfirmed", "не подтверждено"),
    ("range", "диапазон"),
    ("The data has no figure series.", "В данных нет рядов цифр."),
    ("how is this computed?", "как это считается?"),
    ("in view", "в поле зрения"),
    ("is not in the current data.", "нет в текущих данных."),
    ("projected by", "прогноз сценария"),
    ("projected events", "прогнозируемых событий"),
    ("proposed", "предложен"),
    ("referendum", "референдум"),
    ("regular", "очередные"),
    ("reloading…", "перезагрузка…"),
    (
        "The files are read again; the data shown is the last good one until then",
        "Файлы читаются заново; до конца показаны последние исправные данные",
    ),
    (
        "Indexing the events for search…",
        "Индексация событий для поиска…",
    ),
    (
        "The results come when the indexing is done.",
        "Результаты появятся, когда индексация закончится.",
    ),
    (
        "Until then the timeline shows every event.",
        "До тех пор на шкале показаны все события.",
    ),
    ("watching for changes", "отслеживаются изменения"),
    ("cannot watch the folder:", "не удаётся следить за папкой:"),
    (
        "— no valid data could be loaded; showing nothing.",
        "— корректные данные загрузить не удалось; ничего не показано.",
    ),
    (
        "— showing the last good data.",
        "— показаны последние корректные данные.",
    ),
    ("Computed election", "Расчётные выборы"),
    ("Scenario to 2030", "Сценарий до 2030 года"),
    ("Term rule", "Правило о сроке"),
    ("Answered by", "На него отвечают"),
    ("Answers", "Отвечает на"),
    ("Builds on", "Опирается на"),
    ("Elected at", "Избран на выборах"),
    ("Figures", "Цифры"),
    ("Organisations", "Организации"),
    ("People", "Люди"),
    ("Projected events", "Прогнозируемые события"),
    ("Risks and factors", "Риски и факторы"),
    ("Terms", "Сроки полномочий"),
    ("Winner", "Победитель"),
    ("Era", "Эпоха"),
    ("Event", "Событие"),
    ("Person", "Персона"),
    ("Proposed institution", "Предложенный институт"),
    ("Existing institution", "Существующий институт"),
    ("Figure", "Цифра"),
    ("Source", "Источник"),
    ("Office", "Должность"),
    (
        "Events, eras and toggled scenarios' projections on the 1990–2030 axis",
        "События, эпохи и прогнозы включённых сценариев на оси 1990–2030",
    ),
    (
        "Each proposed institution's lifecycle under the toggled scenarios, and indicators",
        "Жизненный цикл каждого предложенного института при включённых сценариях и показатели",
    ),
    (
        "A sortable table of institutions and the institutions × risks matrix",
        "Сортируемая таблица институтов и матрица «институты × риски»",
    ),
    (
        "Two scenarios side by side: what differs",
        "Два сценария рядом: в чём различия",
    ),
    (
        "Operating road-map institutions",
        "Действующие институты дорожной карты",
    ),
    (
        "Share of the white paper's risks answered (%)",
        "Доля рисков из доклада, на которые есть ответ (%)",
    ),
    ("Institution", "Институт"),
    ("Kind", "Вид"),
    ("Risks answered", "Отвечает на риски"),
    ("Scenarios panel", "Панель сценариев"),
    ("Details panel", "Панель подробностей"),
    (
        "Show or hide the details panel (key ])",
        "Показать или скрыть панель подробностей (клавиша ])",
    ),
    (
        "Show or hide the scenarios and institutions panel (key [)",
        "Показать или скрыть панель сценариев и институтов (клавиша [)",
    ),
    ("Status", "Статус"),
    (
        "People (none ticked = all)",
        "Люди (ни один не отмечен = все)",
    ),
    (
        "Show only some lanes, statuses or tags",
        "Показать только некоторые дорожки, статусы или теги",
    ),
    ("today", "сегодня"),
    (
        "Click for the white paper",
        "Щёлкните, чтобы открыть доклад",
    ),
    (
        "Projected by this scenario: the dataset's own analysis, not a fact",
        "Прогноз этого сценария: собственный анализ набора данных, а не факт",
    ),
    (
        "Facts only; no scenario shown.",
        "Только факты; сценарии не показаны.",
    ),
    (
        "Scenarios (the dataset's own analysis):",
        "Сценарии (собственный анализ набора данных):",
    ),
    ("fact", "факт"),
    ("scheduled", "запланировано"),
    (
        "proposed, projected or unconfirmed",
        "предложено, прогноз или не подтверждено",
    ),
    (
        "badge = several items; bar = a span",
        "значок = несколько событий; полоса = период",
    ),
    ("Source:", "Источник:"),
    (
        "and the references each item cites.",
        "а также источники, указанные у каждого элемента.",
    ),
    (
        "the references each item cites.",
        "источники, указанные у каждого элемента.",
    ),
    ("Stages", "Этапы"),
    ("behind this scenario", "отставание от сценария"),
    (
        "Shades: later stages are drawn stronger. Grey dashes: stalled or abandoned (x). The red mark: today has passed a stage the scenario projected, and the data records no such step. Scenarios are the dataset's own analysis.",
        "Оттенки: более поздние этапы ярче. Серый пунктир: застопорился или отменён (x). Красная метка: сегодняшний день миновал этап, предсказанный сценарием, а в данных такого шага нет. Сценарии — собственный анализ набора данных.",
    ),
    ("Compare on the time axis:", "Сравнить на оси времени:"),
    (
        "Scenarios are the dataset's own analysis, not the white paper's.",
        "Сценарии — собственный анализ набора данных, а не доклада.",
    ),
    (
        "These scenarios do not differ.",
        "Эти сценарии не различаются.",
    ),
    (
        "The first year in which these scenarios project a different event or a different stage for a road-map institution.",
        "Первый год, в котором сценарии предсказывают разные события или разные этапы для института дорожной карты.",
    ),
    (" · only in this scenario", " · только в этом сценарии"),
    (
        "Road-map institutions under this scenario, year by year: the bars stack them by stage reached (stronger = further on), the line counts those operating (0 at the foot, all of them at the top).",
        "Институты дорожной карты по этому сценарию, год за годом: столбцы складывают их по достигнутому этапу (ярче — дальше), линия считает действующие (внизу 0, вверху все).",
    ),
    // the scenario watch
    (
        "Drag the date line to see what was known at an earlier date",
        "Перетащите линию даты, чтобы увидеть, что было известно раньше",
    ),
    // search and entity pages
    ("of", "из"),
    (
        "Search titles, summaries, notes, tags and linked names in English and Russian, in either script; Enter and Shift+Enter step through the results; Esc clears",
        "Поиск по названиям, описаниям, примечаниям, тегам и именам связанных лиц и организаций на английском и русском, латиницей или кириллицей; Enter и Shift+Enter переходят по результатам; Esc очищает",
    ),
    ("No results", "Ничего не найдено"),
    ("Results", "Найдено"),
    ("on the timeline", "на хронологии"),
    (
        "Enter: next · Shift+Enter: previous · Esc: clear",
        "Enter: следующий · Shift+Enter: предыдущий · Esc: очистить",
    ),
    ("Close the results list", "Закрыть список результатов"),
    (
        "Nothing has every word. Titles, summaries, notes, tags and linked names are searched in English and Russian, in either script.",
        "Нет ничего, где встречались бы все слова. Поиск идёт по названиям, описаниям, примечаниям, тегам и именам связанных лиц и организаций на английском и русском, латиницей или кириллицей.",
    ),
    ("Result", "Результат"),
    ("Projected event", "Прогнозируемое событие"),
    ("Election", "Выборы"),
    ("Organisation", "Организация"),
    ("Factor", "Фактор"),
    ("Item", "Элемент"),
    ("title", "название"),
    ("Russian title", "русское название"),
    ("name", "имя или название"),
    ("Russian name", "русское имя или название"),
    ("alias", "другое название"),
    ("summary", "описание"),
    ("Russian summary", "русское описание"),
    ("tag", "тег"),
    ("scenario", "сценарий"),
    ("note", "примечание"),
    ("Russian note", "русское примечание"),
    ("linked person", "связанное лицо"),
    ("linked organisation", "связанная организация"),
    ("linked institution", "связанный институт"),
    ("transliterated", "транслитерация"),
    ("Everything linked, by date", "Всё связанное, по дате"),
    (
        "Nothing in the data is linked to it.",
        "В данных с этим ничего не связано.",
    ),
    ("Linked through", "Связано через"),
    (
        "Show only this person on the timeline",
        "Показать на хронологии только этого человека",
    ),
    (
        "Filter the timeline to the events linked to this person",
        "Оставить на хронологии только события, связанные с этим человеком",
    ),
    (
        "Show everyone on the timeline",
        "Показать на хронологии всех",
    ),
    (
        "Stop filtering the timeline by this person",
        "Не фильтровать хронологию по этому человеку",
    ),
    // density
    ("Not shown here", "Здесь не показано"),
    ("Not shown in view", "Не показано в поле зрения"),
];

/// The Russian of each English key of [`TABLE`], built once.
static RUSSIAN: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| TABLE.iter().copied().collect());

/// The Kazakh of each English key of [`super::i18n_kk::TABLE`], built once.
static KAZAKH: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| super::i18n_kk::TABLE.iter().copied().collect());

/// Interface strings asked for in a language whose table lacks them, so the
/// i18n test can list every one it met on screen.
static UNTRANSLATED: Mutex<BTreeSet<(Lang, &'static str)>> = Mutex::new(BTreeSet::new());

fn record(lang: Lang, en: &'static str) {
    if let Ok(mut missing) = UNTRANSLATED.lock() {
        missing.insert((lang, en));
    }
}

/// `en` in the chosen language. A string with no translation is shown in
/// English (in Kazakh: in Russian, else English), and the miss is
/// recorded, see [`untranslated`].
pub fn tr(lang: Lang, en: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ru => RUSSIAN.get(en).copied().unwrap_or_else(|| {
            record(Lang::Ru, en);
            en
        }),
        Lang::Kk => KAZAKH.get(en).copied().unwrap_or_else(|| {
            record(Lang::Kk, en);
            tr(Lang::Ru, en)
        }),
    }
}

/// Every interface string asked for in `lang` so far that its table lacks.
pub fn untranslated(lang: Lang) -> Vec<&'static str> {
    UNTRANSLATED
        .lock()
        .map(|m| {
            m.iter()
                .filter(|(l, _)| *l == lang)
                .map(|(_, en)| *en)
                .collect()
        })
        .unwrap_or_default()
}

/// Every mouse and keyboard action, for the help overlay: (action, keys).
pub fn help_rows(lang: Lang) -> Vec<(&'static str, &'static str)> {
    match lang {
        Lang::En => vec![
            ("Zoom around the pointer", "Mouse wheel, pinch, Ctrl+wheel"),
            ("Pan", "Drag, Shift+wheel, sideways wheel"),
            ("Show everything", "Double-click, Home, Fit 1990–2030"),
            ("Select; cluster: zoom in", "Click"),
            ("Previous / next event", "Left / Right arrow"),
            ("Zoom in / out", "+ / −"),
            ("Search", "Ctrl+F"),
            ("Next / previous search result", "Enter / Shift+Enter"),
            (
                "Close a menu; else clear the search, the selection, the as-of date",
                "Esc",
            ),
            ("Toggle scenario 1–9", "1 … 9"),
            ("Collapse or expand a lane", "Click its name"),
            ("Scale the whole interface", "Ctrl+= / Ctrl+−"),
            ("Hide or show the left / right panel", "[ / ]"),
            ("This help", "F1 or ?"),
        ],
        Lang::Ru => vec![
            (
                "Масштаб вокруг указателя",
                "Колесо мыши, щипок, Ctrl+колесо",
            ),
            ("Прокрутка по времени", "Перетаскивание, Shift+колесо"),
            ("Показать весь период", "Двойной щелчок, Home"),
            ("Выбрать; кластер: приблизить", "Щелчок"),
            ("Предыдущее / следующее событие", "Стрелки влево / вправо"),
            ("Приблизить / отдалить", "+ / −"),
            ("Поиск", "Ctrl+F"),
            (
                "Следующий / предыдущий результат поиска",
                "Enter / Shift+Enter",
            ),
            (
                "Закрыть меню; иначе очистить поиск, выделение, состояние на дату",
                "Esc",
            ),
            ("Включить сценарий 1–9", "1 … 9"),
            ("Свернуть или развернуть дорожку", "Щелчок по названию"),
            ("Масштаб всего интерфейса", "Ctrl+= / Ctrl+−"),
            ("Скрыть или показать левую / правую панель", "[ / ]"),
            ("Эта справка", "F1 или ?"),
        ],
        Lang::Kk => vec![
            (
                "Меңзер маңында масштабтау",
                "Тінтуір дөңгелегі, шымшу, Ctrl+дөңгелек",
            ),
            ("Уақыт бойымен жылжыту", "Сүйреу, Shift+дөңгелек"),
            ("Бүкіл кезеңді көрсету", "Қос шерту, Home"),
            ("Таңдау; топ: жақындату", "Шерту"),
            ("Алдыңғы / келесі оқиға", "Солға / оңға көрсеткі"),
            ("Жақындату / алыстату", "+ / −"),
            ("Іздеу", "Ctrl+F"),
            ("Іздеудің келесі / алдыңғы нәтижесі", "Enter / Shift+Enter"),
            (
                "Мәзірді жабу; әйтпесе іздеуді, таңдауды, белгілі бір күнгі жағдайды тазарту",
                "Esc",
            ),
            ("1–9 сценарийді қосу не өшіру", "1 … 9"),
            ("Жолақты жию немесе ашу", "Атауын шерту"),
            ("Бүкіл интерфейстің масштабы", "Ctrl+= / Ctrl+−"),
            ("Сол / оң панельді жасыру немесе көрсету", "[ / ]"),
            ("Осы анықтама", "F1 немесе ?"),
        ],
    }
}
