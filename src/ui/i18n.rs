//! The interface's words in English and Russian. Data items carry their own
//! Russian titles (`title_ru`, `name_ru`); this table is for the UI.

use std::collections::BTreeSet;
use std::sync::Mutex;

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
    ("Search events (Ctrl+F)", "Поиск событий (Ctrl+F)"),
    ("events", "событий"),
    ("of", "из"),
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
    (
        "Votes within 12 months",
        "Голосования с разницей до 12 месяцев",
    ),
    (
        "A dot links an institution to a risk or barrier of the white paper it answers. Click a dot for the reasoning.",
        "Точка связывает институт с риском или барьером из доклада, на который он отвечает. Щёлкните точку, чтобы увидеть обоснование.",
    ),
    ("Acting / interim", "Исполняющий обязанности / временный"),
    ("Assumptions", "Допущения"),
    ("Born", "Родился"),
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
    (
        "Copies a command line that reopens this view: dates, scenarios, selection",
        "Копирует командную строку, открывающую этот вид: даты, сценарии, выделение",
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
    ("Reasoning from the white paper", "Обоснование по докладу"),
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
    ("Sort by", "Сортировать по"),
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
        "hollow = scheduled · dashed = computed from the term rules",
        "полые = запланированы · пунктир = рассчитаны по правилам о сроках",
    ),
    ("how is this computed?", "как это считается?"),
    ("in", "в"),
    ("in view", "в поле зрения"),
    ("is not in the current data.", "нет в текущих данных."),
    ("projected by", "прогноз сценария"),
    ("projected events", "прогнозируемых событий"),
    ("proposed", "предложен"),
    ("referendum", "референдум"),
    ("regular", "очередные"),
    ("watching for changes", "отслеживаются изменения"),
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
];

/// Interface strings asked for in Russian that the table lacks, so the
/// i18n test can list every one it met on screen.
static UNTRANSLATED: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

/// `en` in the chosen language (English when no translation is known; the
/// miss is recorded, see [`untranslated`]).
pub fn tr(lang: Lang, en: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ru => match TABLE.iter().find(|(e, _)| *e == en) {
            Some((_, ru)) => ru,
            None => {
                if let Ok(mut missing) = UNTRANSLATED.lock() {
                    missing.insert(en);
                }
                en
            }
        },
    }
}

/// Every interface string asked for in Russian so far that has no Russian.
pub fn untranslated() -> Vec<&'static str> {
    UNTRANSLATED
        .lock()
        .map(|m| m.iter().copied().collect())
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
            ("Clear the search, then the selection", "Esc"),
            ("Toggle scenario 1–9", "1 … 9"),
            ("Collapse or expand a lane", "Click its name"),
            ("Scale the whole interface", "Ctrl+= / Ctrl+−"),
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
            ("Очистить поиск, затем выделение", "Esc"),
            ("Включить сценарий 1–9", "1 … 9"),
            ("Свернуть или развернуть дорожку", "Щелчок по названию"),
            ("Масштаб всего интерфейса", "Ctrl+= / Ctrl+−"),
            ("Эта справка", "F1 или ?"),
        ],
    }
}
