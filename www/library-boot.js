// Starts the library view once its glue (library.js) has loaded: the glue defines
// wasm_bindgen, a global this classic script can see.
wasm_bindgen({ module_or_path: "./library_bg.wasm" });
