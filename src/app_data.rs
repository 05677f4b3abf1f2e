//! The shared data: each data file fetched when a page first needs it, then shared by every page.
//! Below the pages and the app shell, which both use it.

use crate::data::changes::{self, Changes};
use crate::data::counselling::{self, Counselling};
use crate::data::discrimination::{self, Discrimination};
use crate::data::glossary::{self, Glossary};
use crate::data::law::{self, Law};
use crate::data::load::{self, LoadError};
use crate::data::plan::{self, Plan};
use crate::data::progress::{self, Progress};
use crate::data::sources::{self, Sources};
use leptos::prelude::*;

/// One data file, fetched the first time a page asks for it and then shared by every page.
///
/// The resource is created under the app's owner, so it outlives the page that first needed it.
pub struct LazyFile<T: Send + Sync + 'static> {
    file: &'static str,
    owner: StoredValue<Owner>,
    resource: StoredValue<Option<LocalResource<Result<T, LoadError>>>>,
}

impl<T: Send + Sync + 'static> Clone for LazyFile<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for LazyFile<T> {}

impl<T> LazyFile<T>
where
    T: serde::de::DeserializeOwned + Clone + Send + Sync + 'static,
{
    fn new(file: &'static str, owner: Owner) -> Self {
        LazyFile {
            file,
            owner: StoredValue::new(owner),
            resource: StoredValue::new(None),
        }
    }

    /// The file's resource, starting the fetch on first use.
    pub fn resource(self) -> LocalResource<Result<T, LoadError>> {
        if let Some(r) = self.resource.get_value() {
            return r;
        }
        let file = self.file;
        let r = self
            .owner
            .with_value(|o| o.with(|| LocalResource::new(move || fetch::<T>(file))));
        self.resource.set_value(Some(r));
        r
    }

    /// Waits for the file (tracked by the surrounding `Suspense`).
    pub async fn load(self) -> Result<T, LoadError> {
        self.resource().await
    }

    /// Fetches again, if it was ever fetched.
    pub fn refetch(self) {
        if let Some(r) = self.resource.get_value() {
            r.refetch();
        }
    }
}

/// Fetches a data file and parses it, using the request the app loader started early if there is
/// one (a pre-rendered page: its data then arrives while the WASM does, not after it).
async fn fetch<T: serde::de::DeserializeOwned>(file: &'static str) -> Result<T, LoadError> {
    let text = match crate::browser::take_prefetched_data(file).await {
        Some(response) => load::response_text(file, response).await?,
        None => load::fetch_text(file).await?,
    };
    load::parse(file, &text)
}

/// The data files, each fetched when first needed and shared by every page that shows it.
#[derive(Clone, Copy)]
pub struct AppData {
    pub plan: LazyFile<Plan>,
    pub law: LazyFile<Law>,
    pub sources: LazyFile<Sources>,
    pub counselling: LazyFile<Counselling>,
    pub discrimination: LazyFile<Discrimination>,
    pub progress: LazyFile<Progress>,
    pub changes: LazyFile<Changes>,
    /// Read with every page's data: the inline explanations of terms (`term_mark`).
    pub glossary: LazyFile<Glossary>,
}

/// Consultation resources and situations, with the sources they cite.
#[derive(Clone, Debug, PartialEq)]
pub struct HelpData {
    pub counselling: Counselling,
    pub discrimination: Discrimination,
    pub plan: Plan,
    pub sources: Sources,
}

/// The plan, the Act and the sources they cite: what every plan and law page shows.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanData {
    pub plan: Plan,
    pub law: Law,
    pub sources: Sources,
}

impl AppData {
    pub fn new() -> Self {
        let owner = Owner::current().unwrap_or_default();
        AppData {
            plan: LazyFile::new(plan::FILE, owner.clone()),
            law: LazyFile::new(law::FILE, owner.clone()),
            sources: LazyFile::new(sources::FILE, owner.clone()),
            counselling: LazyFile::new(counselling::FILE, owner.clone()),
            discrimination: LazyFile::new(discrimination::FILE, owner.clone()),
            progress: LazyFile::new(progress::FILE, owner.clone()),
            changes: LazyFile::new(changes::FILE, owner.clone()),
            glossary: LazyFile::new(glossary::FILE, owner),
        }
    }

    /// Fetches again every file fetched so far, after a failure the reader asked to retry.
    pub fn refetch(&self) {
        self.plan.refetch();
        self.law.refetch();
        self.sources.refetch();
        self.counselling.refetch();
        self.discrimination.refetch();
        self.progress.refetch();
        self.changes.refetch();
        self.glossary.refetch();
    }

    /// Waits for the help pages' data; the first failure is the error.
    pub async fn help_data(self) -> Result<HelpData, LoadError> {
        // Start every fetch before waiting on any, so they run in parallel.
        let (c, d, p, s) = (
            self.counselling.resource(),
            self.discrimination.resource(),
            self.plan.resource(),
            self.sources.resource(),
        );
        Ok(HelpData {
            counselling: c.await?,
            discrimination: d.await?,
            plan: p.await?,
            sources: s.await?,
        })
    }

    /// Waits for one file and the sources it cites; the first failure is the error.
    pub async fn with_sources<T>(self, file: LazyFile<T>) -> Result<(T, Sources), LoadError>
    where
        T: serde::de::DeserializeOwned + Clone + Send + Sync + 'static,
    {
        let (f, s) = (file.resource(), self.sources.resource());
        Ok((f.await?, s.await?))
    }

    /// Waits for the plan, the Act and the sources; the first failure is the error.
    pub async fn plan_data(self) -> Result<PlanData, LoadError> {
        let (p, l, s) = (
            self.plan.resource(),
            self.law.resource(),
            self.sources.resource(),
        );
        Ok(PlanData {
            plan: p.await?,
            law: l.await?,
            sources: s.await?,
        })
    }
}

impl Default for AppData {
    fn default() -> Self {
        Self::new()
    }
}

/// The shared data; provided by `App` (and by component tests).
pub fn use_app_data() -> AppData {
    use_context::<AppData>().unwrap_or_else(|| {
        let data = AppData::new();
        provide_context(data);
        data
    })
}
