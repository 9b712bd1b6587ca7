use clap::Parser as _;
use rk_roadmap::App;
use rk_roadmap::cli::{self, Cli, Command};

fn main() -> std::process::ExitCode {
    let args = Cli::parse();
    match args.command {
        Some(Command::Check) => {
            let (code, text) = cli::check(args.data.as_deref());
            if code == 0 {
                print!("{text}");
            } else {
                eprint!("{text}");
            }
            return std::process::ExitCode::from(u8::try_from(code).unwrap_or(1));
        }
        Some(Command::New { dir }) => return report(cli::new_dataset(&dir)),
        Some(Command::Import { file, to }) => return report(cli::import(&file, &to)),
        Some(Command::Search { query, json }) => {
            return match cli::search(args.data.as_deref(), &query.join(" "), json) {
                Ok((text, found)) => {
                    print!("{text}");
                    if !found && !json {
                        eprintln!("rk-roadmap: nothing matches `{}`", query.join(" "));
                    }
                    if found {
                        std::process::ExitCode::SUCCESS
                    } else {
                        std::process::ExitCode::from(1)
                    }
                }
                Err(e) => {
                    eprintln!("rk-roadmap: {e}");
                    std::process::ExitCode::from(2)
                }
            };
        }
        Some(Command::Export(export)) => {
            return match cli::export(args.data.as_deref(), &export) {
                Ok(bytes) => match &export.output {
                    Some(path) => match std::fs::write(path, bytes) {
                        Ok(()) => std::process::ExitCode::SUCCESS,
                        Err(e) => {
                            eprintln!("rk-roadmap: cannot write {}: {e}", path.display());
                            std::process::ExitCode::FAILURE
                        }
                    },
                    None => {
                        use std::io::Write as _;
                        match std::io::stdout().write_all(&bytes) {
                            Ok(()) => std::process::ExitCode::SUCCESS,
                            Err(e) => {
                                eprintln!("rk-roadmap: cannot write to stdout: {e}");
                                std::process::ExitCode::FAILURE
                            }
                        }
                    }
                },
                Err(e) => {
                    eprintln!("rk-roadmap: {e}");
                    std::process::ExitCode::FAILURE
                }
            };
        }
        None => {}
    }
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title(rk_roadmap::app::TITLE)
            .with_inner_size([1500.0, 920.0])
            .with_min_inner_size([900.0, 600.0]),
        renderer: match args.renderer {
            cli::Renderer::Glow => eframe::Renderer::Glow,
            cli::Renderer::Wgpu => eframe::Renderer::Wgpu,
        },
        ..Default::default()
    };
    let link = cli::deep_link(&args);
    let data = args.data;
    match eframe::run_native(
        "rk-roadmap",
        options,
        Box::new(move |cc| Ok(Box::new(App::from_creation_context(cc, data, link)))),
    ) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("rk-roadmap: could not open the window: {e}");
            if args.renderer == cli::Renderer::Glow {
                eprintln!("rk-roadmap: try `--renderer wgpu`");
            }
            std::process::ExitCode::FAILURE
        }
    }
}

/// Prints a command's message, or its error, and gives the exit code.
fn report(result: Result<String, String>) -> std::process::ExitCode {
    match result {
        Ok(text) => {
            print!("{text}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("rk-roadmap: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
