fn main() {
    // tauri-build watches ./capabilities only; ours live in src-tauri/.
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    // tauri.conf.json sits at the repo root (docs/adr/0001); keep the
    // capabilities with the rest of the shell.
    tauri_build::try_build(
        tauri_build::Attributes::new().capabilities_path_pattern("./src-tauri/capabilities/**/*"),
    )
    .expect("tauri-build failed");
}
