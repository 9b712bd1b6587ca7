//! The keyboard map: a pure function from a key press to what it does, and
//! the thin glue that reads egui's input, consumes the keys it maps and
//! turns them into commands.

use eframe::egui::{self, Key, Modifiers};

use super::context::ViewerContext;
use crate::command::{Command, SidePanel};

/// Zoom step of the + and − keys.
pub const KEY_ZOOM: f64 = 0.8;

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    /// Focus the search box (Ctrl+F).
    FocusSearch,
    /// Close the help, else clear the search, else the selection (Esc).
    Escape,
    /// Open or close the help (F1, ?).
    ToggleHelp,
    /// Scale the whole interface (Ctrl+= / Ctrl+−).
    ScaleUi(f32),
    /// The previous or next event (← / →).
    Step { forward: bool },
    /// The next or previous search result (Enter / Shift+Enter in the
    /// search box).
    StepResult { forward: bool },
    /// Zoom around the centre (+ / −).
    Zoom(f64),
    /// The whole span (Home).
    FitAll,
    /// Toggle scenario number `n` (0-based) of the data (keys 1–9).
    ToggleScenario(usize),
    /// Show or hide a side panel ([ left, ] right).
    TogglePanel(SidePanel),
}

const DIGITS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// What `key` pressed with `modifiers` does; `typing` is true while a text
/// field has focus, when only Esc, F1 and the Ctrl shortcuts act.
pub fn action_for(key: Key, modifiers: Modifiers, typing: bool) -> Option<KeyAction> {
    let command = modifiers.command;
    let plain = !modifiers.command && !modifiers.alt;
    match key {
        Key::F if command => Some(KeyAction::FocusSearch),
        Key::Escape => Some(KeyAction::Escape),
        Key::F1 => Some(KeyAction::ToggleHelp),
        Key::Equals | Key::Plus if command => Some(KeyAction::ScaleUi(1.1)),
        Key::Minus if command => Some(KeyAction::ScaleUi(1.0 / 1.1)),
        Key::Enter if typing && plain => Some(KeyAction::StepResult {
            forward: !modifiers.shift,
        }),
        _ if typing || !plain => None,
        Key::Questionmark => Some(KeyAction::ToggleHelp),
        Key::ArrowRight => Some(KeyAction::Step { forward: true }),
        Key::ArrowLeft => Some(KeyAction::Step { forward: false }),
        Key::Plus | Key::Equals => Some(KeyAction::Zoom(KEY_ZOOM)),
        Key::Minus => Some(KeyAction::Zoom(1.0 / KEY_ZOOM)),
        Key::Home => Some(KeyAction::FitAll),
        Key::OpenBracket => Some(KeyAction::TogglePanel(SidePanel::Left)),
        Key::CloseBracket => Some(KeyAction::TogglePanel(SidePanel::Right)),
        _ => DIGITS
            .iter()
            .position(|d| *d == key)
            .map(KeyAction::ToggleScenario),
    }
}

/// The id of the search box, for Ctrl+F and for knowing when the user types.
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("timeline_search")
}

/// Reads this frame's key presses, consumes those the map knows, and sends
/// their commands. Focus changes (Ctrl+F, Esc) are applied to egui here.
pub fn keyboard_ui(ui: &egui::Ui, ctx: &ViewerContext<'_>) {
    let egui_ctx = ui.ctx();
    let typing = egui_ctx.memory(|m| m.focused().is_some_and(|id| id == search_box_id()));
    // An open menu (Filters, Share, View) is closed by Esc itself.
    let menu_open = egui::Popup::is_any_open(egui_ctx);
    let actions: Vec<KeyAction> = egui_ctx.input_mut(|i| {
        let mut actions = Vec::new();
        i.events.retain(|event| {
            let egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                return true;
            };
            if menu_open && *key == Key::Escape {
                return true;
            }
            match action_for(*key, *modifiers, typing) {
                Some(action) => {
                    actions.push(action);
                    false
                }
                None => true,
            }
        });
        actions
    });
    // Memory is locked separately from input: never inside `input_mut`.
    for action in actions {
        match action {
            KeyAction::FocusSearch => egui_ctx.memory_mut(|m| m.request_focus(search_box_id())),
            KeyAction::Escape => {
                egui_ctx.memory_mut(|m| m.surrender_focus(search_box_id()));
                ctx.send(if ctx.state.show_help {
                    Command::ShowHelp(false)
                } else {
                    Command::Escape
                });
            }
            KeyAction::ToggleHelp => ctx.send(Command::ShowHelp(!ctx.state.show_help)),
            KeyAction::ScaleUi(f) => ctx.send(Command::ScaleUi(f)),
            KeyAction::Step { forward } => ctx.send(Command::Step { forward }),
            KeyAction::StepResult { forward } => ctx.send(Command::StepResult { forward }),
            KeyAction::Zoom(f) => ctx.send(Command::Zoom(f)),
            KeyAction::FitAll => ctx.send(Command::FitAll),
            KeyAction::TogglePanel(side) => {
                let shown = match side {
                    SidePanel::Left => ctx.state.show_left,
                    SidePanel::Right => ctx.state.show_right,
                };
                ctx.send(Command::ShowSidePanel(side, !shown));
            }
            KeyAction::ToggleScenario(n) => {
                if let Some(s) = ctx.ds.scenarios.get(n) {
                    ctx.send(Command::ToggleScenario(s.id.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: Modifiers = Modifiers::NONE;

    #[test]
    fn plain_keys_navigate_when_not_typing() {
        assert_eq!(
            action_for(Key::ArrowRight, NONE, false),
            Some(KeyAction::Step { forward: true })
        );
        assert_eq!(
            action_for(Key::ArrowLeft, NONE, false),
            Some(KeyAction::Step { forward: false })
        );
        assert_eq!(
            action_for(Key::Plus, NONE, false),
            Some(KeyAction::Zoom(KEY_ZOOM))
        );
        assert_eq!(
            action_for(Key::Minus, NONE, false),
            Some(KeyAction::Zoom(1.0 / KEY_ZOOM))
        );
        assert_eq!(action_for(Key::Home, NONE, false), Some(KeyAction::FitAll));
        assert_eq!(
            action_for(Key::OpenBracket, NONE, false),
            Some(KeyAction::TogglePanel(SidePanel::Left))
        );
        assert_eq!(
            action_for(Key::CloseBracket, NONE, false),
            Some(KeyAction::TogglePanel(SidePanel::Right))
        );
        assert_eq!(action_for(Key::OpenBracket, NONE, true), None);
        assert_eq!(
            action_for(Key::Questionmark, NONE, false),
            Some(KeyAction::ToggleHelp)
        );
        assert_eq!(
            action_for(Key::Num1, NONE, false),
            Some(KeyAction::ToggleScenario(0))
        );
        assert_eq!(
            action_for(Key::Num9, NONE, false),
            Some(KeyAction::ToggleScenario(8))
        );
        assert_eq!(action_for(Key::Num0, NONE, false), None);
        assert_eq!(action_for(Key::A, NONE, false), None);
    }

    #[test]
    fn typing_leaves_plain_keys_to_the_text_field() {
        for key in [
            Key::ArrowRight,
            Key::Plus,
            Key::Minus,
            Key::Home,
            Key::Num1,
            Key::Questionmark,
        ] {
            assert_eq!(action_for(key, NONE, true), None, "{key:?}");
        }
        // Esc, F1 and the Ctrl shortcuts still act.
        assert_eq!(action_for(Key::Escape, NONE, true), Some(KeyAction::Escape));
        assert_eq!(action_for(Key::F1, NONE, true), Some(KeyAction::ToggleHelp));
        assert_eq!(
            action_for(Key::F, Modifiers::COMMAND, true),
            Some(KeyAction::FocusSearch)
        );
    }

    #[test]
    fn enter_steps_through_the_search_results_only_while_typing() {
        assert_eq!(
            action_for(Key::Enter, NONE, true),
            Some(KeyAction::StepResult { forward: true })
        );
        assert_eq!(
            action_for(Key::Enter, Modifiers::SHIFT, true),
            Some(KeyAction::StepResult { forward: false })
        );
        // Not typing, Enter is left to the focused widget; Ctrl+Enter and
        // Alt+Enter are not taken either.
        assert_eq!(action_for(Key::Enter, NONE, false), None);
        assert_eq!(action_for(Key::Enter, Modifiers::SHIFT, false), None);
        assert_eq!(action_for(Key::Enter, Modifiers::COMMAND, true), None);
        assert_eq!(action_for(Key::Enter, Modifiers::ALT, true), None);
    }

    #[test]
    fn ctrl_scales_the_interface_instead_of_zooming_time() {
        assert_eq!(
            action_for(Key::Equals, Modifiers::COMMAND, false),
            Some(KeyAction::ScaleUi(1.1))
        );
        assert_eq!(
            action_for(Key::Minus, Modifiers::COMMAND, false),
            Some(KeyAction::ScaleUi(1.0 / 1.1))
        );
        assert_eq!(action_for(Key::ArrowRight, Modifiers::COMMAND, false), None);
        assert_eq!(action_for(Key::Num1, Modifiers::COMMAND, false), None);
        assert_eq!(action_for(Key::F, NONE, false), None);
    }
}
