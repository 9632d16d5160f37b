//! A part of a view the takeover may draw a task later (see `crate::stage`):
//! hidden from sight until the swap, so nobody sees it arrive.

use crate::stage;
use leptos::prelude::*;

#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    match stage::ticket() {
        None => children().into_any(),
        Some((mine, turn)) => {
            let due = move || turn.get() >= mine;
            view! { <Show when=due>{children()}</Show> }.into_any()
        }
    }
}
