import { Col, Row } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Concern } from '../../../src-shared/contract/concerns';
import { ListPage } from '../../components/ListPage';
import { useShowError } from '../../lib/use-show-error';
import { ConcernFormDrawer } from './ConcernFormDrawer';
import { ConcernsBoard } from './ConcernsBoard';
import { ConcernsTable, type ConcernFilters } from './ConcernsTable';
import { concernsBoardStore, concernsStore, useConcerns, useConcernsBoard } from './store';

const searchFields = (concern: Concern) => [concern.topic, concern.examples, concern.notes, ...concern.articles.map((a) => a.title)];

/** 关注点: the list (search, filters, +1) beside the top concerns and the counts by category. */
export function ConcernsPage() {
  const { t } = useTranslation();
  const showError = useShowError();
  const concerns = useConcerns((s) => s.rows);
  const loaded = useConcerns((s) => s.loaded);
  const top = useConcernsBoard((s) => s.top);
  const counts = useConcernsBoard((s) => s.counts);
  const [filters, setFilters] = useState<ConcernFilters>({});
  // A concern opened from the board (the list page's own drawer serves its table).
  const [opened, setOpened] = useState<Concern | null>(null);

  useEffect(() => {
    void concernsStore().getState().load();
    void concernsBoardStore().getState().load();
  }, []);

  async function bump(concern: Concern) {
    const result = await concernsBoardStore().getState().bump(concern.id);
    if (!result.ok) showError(result.error);
  }

  const list = (
    <ListPage<Concern>
      title={t('concerns.title')}
      testId="concerns"
      rows={concerns}
      loaded={loaded}
      searchFields={searchFields}
      searchPlaceholder={t('concerns.searchPlaceholder')}
      createLabel={t('concerns.create')}
      createTestId="concern-create"
      emptyText={t('concerns.empty')}
      actions={concernsStore().getState()}
      removedText={(concern) => t('concerns.deleted', { topic: concern.topic })}
      table={(props) => <ConcernsTable {...props} loading={!loaded} filters={filters} onFilters={setFilters} onBump={(c) => void bump(c)} />}
      drawer={({ open, row, onClose }) => <ConcernFormDrawer open={open} concern={row} onClose={onClose} />}
    />
  );
  if (loaded && concerns.length === 0) return list;
  return (
    <Row gutter={16} wrap={false}>
      <Col flex="auto" style={{ minWidth: 0 }}>
        {list}
      </Col>
      <Col flex="340px" style={{ paddingTop: 39 }}>
        <ConcernsBoard top={top} counts={counts} onBump={(c) => void bump(c)} onOpen={setOpened} onCategory={(category) => setFilters({ ...filters, category })} />
      </Col>
      <ConcernFormDrawer open={opened !== null} concern={opened} onClose={() => setOpened(null)} />
    </Row>
  );
}
