delete window.WebAssembly;
