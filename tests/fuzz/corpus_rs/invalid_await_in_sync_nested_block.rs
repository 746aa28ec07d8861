// invalid: `.await` in a block of a sync fn called from async code
fn helper() {
    let v = {
        yield_now().await //~ ERROR only allowed inside
    };
}
