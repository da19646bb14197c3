//! End-to-end: the WordPress plugin in a real WordPress (Debian's 6.1 with
//! PHP 8.2 and MariaDB, started on loopback by `harness::wordpress` and
//! stopped even when a test fails). The zip that the build writes is
//! installed through WordPress's own uploader and activated; an author
//! without `unfiltered_html` writes a post with two blocks and a shortcode;
//! Chromium opens it.
//! Chromium only: the other engines run the same widget; this is about the
//! plugin and its site, and the editor's test drives WordPress's editor.

use harness::widget::{run, sel, wait_for_all_widgets, wait_for_widget_text};
use harness::wordpress::WordPress;
use harness::{dist_dir, Browser};
use magnesium_calculator::model::reference::reference_for;
use magnesium_calculator::model::{Age, Person, Sex, Standard};
use magnesium_calculator::ui::i18n::{mg, Lang};

/// Two blocks with different settings (one with a hostile value), a
/// paragraph and a shortcode with a short standard name and an unknown attribute.
const POST: &str = r#"<!-- wp:magnesium-calculator/calculator {"standard":"EFSA-2015","lang":"de","age":"34"} /-->
<!-- wp:paragraph --><p>Between the calculators.</p><!-- /wp:paragraph -->
<!-- wp:magnesium-calculator/calculator {"standard":"NNR-2023","mode":"log","age":"60","sex":"male","theme":"dark\u0022 onmouseover=\u0022alert(1)"} /-->
<!-- wp:shortcode -->[magnesium_calculator standard="uk" lang="fr" age="45 years" compact bogus="x"]<!-- /wp:shortcode -->"#;

/// What each widget must show: its language and its reference, as the model gives it.
fn expected() -> Vec<(Lang, String)> {
    let reference = |age: f64, sex: Sex, standard: Standard| {
        mg(reference_for(&Person::new(Age::from_years(age).unwrap(), sex), standard)
            .unwrap()
            .reference_mg)
    };
    vec![
        (Lang::De, reference(34.0, Sex::Female, Standard::Efsa2015)),
        (Lang::En, reference(60.0, Sex::Male, Standard::Nnr2023)),
        (Lang::Fr, reference(45.0, Sex::Female, Standard::UkComa1991)),
    ]
}

fn php_string(text: &str) -> String {
    format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// A fresh site with the built zip installed through WordPress's own
/// uploader (as Plugins > Add New > Upload Plugin does) and activated.
fn site_with_the_plugin() -> WordPress {
    let zip = dist_dir().join("wordpress/magnesium-calculator.zip");
    assert!(zip.exists(), "{}: build dist/ first", zip.display());
    let site = WordPress::start();
    site.php(&format!(
        "require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
         $upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
         if ($upgrader->install({zip}) !== true) {{
             fwrite(STDERR, print_r($upgrader->skin->get_upgrade_messages(), true)); exit(1);
         }}
         $active = activate_plugin('magnesium-calculator/magnesium-calculator.php');
         if (is_wp_error($active)) {{ fwrite(STDERR, $active->get_error_message()); exit(1); }}",
        zip = php_string(zip.to_str().unwrap())
    ));
    site
}

#[tokio::test(flavor = "multi_thread")]
async fn the_plugin_installs_serves_three_widgets_and_uninstalls_cleanly() {
    let site = site_with_the_plugin();

    // An author (no unfiltered_html) writes the post; a second post has no calculator.
    let ids = site.php(&format!(
        "$author = wp_insert_user(array('user_login' => 'author', 'user_pass' => 'author-password-1',
             'role' => 'author', 'user_email' => 'author@example.org'));
         wp_set_current_user($author);
         if (current_user_can('unfiltered_html')) {{ fwrite(STDERR, 'author has unfiltered_html'); exit(1); }}
         kses_init();
         $with = wp_insert_post(array('post_title' => 'Magnesium', 'post_status' => 'publish',
             'post_content' => {post}), true);
         $without = wp_insert_post(array('post_title' => 'Plain', 'post_status' => 'publish',
             'post_content' => '<!-- wp:paragraph --><p>No calculator here.</p><!-- /wp:paragraph -->'), true);
         echo $with, ' ', $without;",
        post = php_string(POST)
    ));
    let (with, without) = ids.trim().split_once(' ').expect("two post ids");

    // The editor's live preview: the block renders through the REST API as
    // ServerSideRender asks it to, and its editor script needs the editor's globals.
    let preview = site.php(
        "$request = new WP_REST_Request('GET', '/wp/v2/block-renderer/magnesium-calculator/calculator');
         $request->set_param('context', 'edit');
         $request->set_param('attributes', array('standard' => 'DACH-2021', 'compact' => true));
         $response = rest_do_request($request);
         $block = WP_Block_Type_Registry::get_instance()->get_registered('magnesium-calculator/calculator');
         $script = wp_scripts()->registered[$block->editor_script];
         echo wp_json_encode(array($response->get_status(), $response->get_data()['rendered'], $script->deps));",
    );
    let preview: serde_json::Value = serde_json::from_str(preview.trim()).unwrap();
    assert_eq!(preview[0], 200, "{preview}");
    assert!(
        preview[1]
            .as_str()
            .unwrap()
            .starts_with(r#"<magnesium-calculator standard="DACH-2021" compact>"#),
        "{preview}"
    );
    for global in ["wp-blocks", "wp-block-editor", "wp-components", "wp-server-side-render"] {
        assert!(preview[2].as_array().unwrap().contains(&global.into()), "{global}: {preview}");
    }

    let browser = Browser::start(1280, 1400).await;
    let c = &browser.client;
    c.goto(&site.at(&format!("/?p={with}"))).await.unwrap();
    wait_for_all_widgets(c).await;
    let attributes = run(
        c,
        "return [...document.querySelectorAll('magnesium-calculator')]
            .map(w => Object.fromEntries([...w.attributes].map(a => [a.name, a.value])))",
    )
    .await;
    assert_eq!(
        attributes,
        serde_json::json!([
            { "standard": "EFSA-2015", "lang": "de", "age": "34" },
            // The hostile theme is dropped, not escaped into the page.
            { "standard": "NNR-2023", "mode": "log", "sex": "male", "age": "60" },
            // The short name is read as the element reads it, a bare `compact`
            // too; the unknown attribute is dropped.
            { "standard": "UK-COMA-1991", "lang": "fr", "age": "45 years", "compact": "" }
        ])
    );
    for (i, (lang, reference)) in expected().into_iter().enumerate() {
        let title = wait_for_widget_text(c, i, sel::TITLE, |t| !t.is_empty()).await;
        assert_eq!(title, lang.messages().title, "widget {i}");
        wait_for_widget_text(c, i, sel::REFERENCE_MG, |t| t == reference).await;
    }
    // Nothing but the site itself is asked for anything, and the wasm is
    // served from the plugin's folder as application/wasm.
    let requests = run(
        c,
        "return performance.getEntriesByType('resource').map(e => e.name)
            .concat(performance.getEntriesByType('navigation').map(e => e.name))",
    )
    .await;
    let requests: Vec<String> = serde_json::from_value(requests).unwrap();
    let foreign: Vec<&String> = requests.iter().filter(|r| !r.starts_with(&site.url)).collect();
    assert!(foreign.is_empty(), "foreign requests: {foreign:?}");
    let wasm = requests.iter().find(|r| r.ends_with(".wasm")).expect("the wasm was fetched");
    assert!(wasm.contains("/wp-content/plugins/magnesium-calculator/assets/"), "{wasm}");
    let wasm_type = c
        .execute_async(
            "const [url, done] = arguments;
             fetch(url, { method: 'HEAD' }).then(r => done(r.headers.get('content-type')));",
            vec![wasm.clone().into()],
        )
        .await
        .unwrap();
    assert_eq!(wasm_type, "application/wasm");

    // A page without a calculator loads nothing of ours.
    c.goto(&site.at(&format!("/?p={without}"))).await.unwrap();
    harness::widget::wait_until(c, "the page", "return document.readyState === 'complete'").await;
    let ours = run(
        c,
        "return performance.getEntriesByType('resource').map(e => e.name)
            .filter(n => n.includes('magnesium'))",
    )
    .await;
    assert_eq!(ours, serde_json::json!([]), "a page without a calculator loads nothing of ours");
    browser.close().await;

    // Uninstalled: the folder goes, and the database holds nothing of ours
    // beyond the post's markup (WordPress itself notes the plugin in
    // `recently_activated`, which it manages and empties on its own).
    site.php(
        "deactivate_plugins('magnesium-calculator/magnesium-calculator.php');
         $deleted = delete_plugins(array('magnesium-calculator/magnesium-calculator.php'));
         if ($deleted !== true) { fwrite(STDERR, print_r($deleted, true)); exit(1); }",
    );
    assert!(!site.content_dir().join("plugins/magnesium-calculator").exists());
    let ours = site.sql(
        "SELECT option_name FROM wp_options WHERE option_name <> 'recently_activated'
           AND (option_name LIKE '%magnesium%' OR option_value LIKE '%magnesium%')
         UNION SELECT meta_key FROM wp_postmeta WHERE meta_key LIKE '%magnesium%' OR meta_value LIKE '%magnesium%'
         UNION SELECT meta_key FROM wp_usermeta WHERE meta_key LIKE '%magnesium%' OR meta_value LIKE '%magnesium%'",
    );
    assert_eq!(ours.trim(), "", "left in the database");
    let tables = site.sql("SHOW TABLES");
    assert!(!tables.contains("magnesium"), "{tables}");
}

/// The block in the editor: inserted, its settings in the sidebar, and a
/// live preview that is the widget itself, following the sidebar.
#[tokio::test(flavor = "multi_thread")]
async fn the_block_is_set_up_in_the_editor_sidebar_with_a_live_preview() {
    let site = site_with_the_plugin();
    // No welcome guide over the editor.
    site.php(
        "update_user_meta(1, 'wp_persisted_preferences',
             array('core/edit-post' => array('welcomeGuide' => false)));",
    );
    let browser = Browser::start(1280, 1400).await;
    let c = &browser.client;
    c.goto(&site.at("/wp-login.php")).await.unwrap();
    let field = |id: &'static str| async move {
        c.wait().for_element(fantoccini::Locator::Id(id)).await.unwrap()
    };
    field("user_login").await.send_keys("admin").await.unwrap();
    field("user_pass").await.send_keys("admin-password-1").await.unwrap();
    field("wp-submit").await.click().await.unwrap();
    harness::widget::wait_until(
        c,
        "the dashboard",
        "return location.pathname.startsWith('/wp-admin')",
    )
    .await;
    c.goto(&site.at("/wp-admin/post-new.php")).await.unwrap();
    harness::widget::wait_until(
        c,
        "the editor with the block registered",
        "return !!(window.wp && wp.blocks && wp.blocks.getBlockType('magnesium-calculator/calculator'))",
    )
    .await;
    run(
        c,
        "const block = wp.blocks.createBlock('magnesium-calculator/calculator', { standard: 'EFSA-2015', age: '34' });
         wp.data.dispatch('core/block-editor').insertBlocks(block);
         wp.data.dispatch('core/block-editor').selectBlock(block.clientId);",
    )
    .await;
    // The preview is the widget, rendered by the plugin's PHP and started by its script.
    let reference = |standard: Standard| {
        mg(reference_for(&Person::new(Age::from_years(34.0).unwrap(), Sex::Female), standard)
            .unwrap()
            .reference_mg)
    };
    let preview_shows = |standard: Standard| {
        format!(
            "const w = document.querySelector('magnesium-calculator[standard=\"{}\"]');
             const r = w && w.shadowRoot && w.shadowRoot.querySelector('[data-testid=reference-mg]');
             return !!r && r.textContent === '{}'",
            standard.code(),
            reference(standard)
        )
    };
    harness::widget::wait_until(c, "the preview", &preview_shows(Standard::Efsa2015)).await;
    // The sidebar's "Reference standard" changes the preview.
    let select = c
        .wait()
        .for_element(fantoccini::Locator::XPath(
            "//label[normalize-space()='Reference standard']/following::select[1]",
        ))
        .await
        .unwrap();
    // Different from EFSA's for a woman of 34 (300 mg): the preview must change.
    assert_ne!(reference(Standard::UkComa1991), reference(Standard::Efsa2015));
    select.select_by_value("UK-COMA-1991").await.unwrap();
    let standard =
        run(c, "return wp.data.select('core/block-editor').getBlocks()[0].attributes.standard")
            .await;
    assert_eq!(standard, "UK-COMA-1991");
    harness::widget::wait_until(c, "the preview, changed", &preview_shows(Standard::UkComa1991))
        .await;
    browser.close().await;
}
