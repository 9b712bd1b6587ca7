//! The interface's words in English and Russian. Data items carry their own
//! Russian titles (`title_ru`, `name_ru`); this table is for the UI.

use crate::state::Lang;

/// (English, Russian) pairs.
const TABLE: &[(&str, &str)] = &[
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
];

/// `en` in the chosen language (English when no translation is known).
pub fn tr(lang: Lang, en: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ru => TABLE
            .iter()
            .find(|(e, _)| *e == en)
            .map_or(en, |(_, ru)| ru),
    }
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
