//! The reader's flows, embedding, privacy, share links, the "stopped"
//! notice and the languages: scripts/test runs these in Chromium, Firefox
//! ESR and WebKitGTK (`MC_ENGINE`). A test that needs a Chromium-only
//! facility says so and is skipped elsewhere (`skip_outside_chromium`).

mod describe;
mod embed;
mod estimate;
mod languages;
mod medicines;
mod opening;
mod polish;
mod privacy;
mod reader;
mod share;
mod standing;
mod trap;
