// 导入: the import wizard — choose files → sheets & columns → preview (rows, consequences, issues,
// answers) → commit, all or only the valid rows. Files are read in the browser and sent as bytes;
// parsing, checks and the write happen in the core. State lives in one reducer (wizard-state.ts).
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Progress, Result, Steps, Typography, Upload } from 'antd';
import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';

import { call, toApiError } from '../../api.js';
import { errorText } from '../../app/error-text.js';
import { formatNumber } from '../../app/format.js';
import { AmbiguousPanel } from './AmbiguousPanel.js';
import { CommitBar } from './CommitBar.js';
import { ConsequencesPanel } from './ConsequencesPanel.js';
import { downloadBase64, fileToBase64, XLSX_TYPE } from '../../components/download.js';
import { ImportProgressPanel } from './ImportProgressPanel.js';
import { ImportRuns } from './ImportRuns.js';
import { MappingStep } from './MappingStep.js';
import { PreviewStep } from './PreviewStep.js';
import { ReplaceChoice } from './ReplaceChoice.js';
import { RowPreview } from './RowPreview.js';
import { useImportProgress } from './use-import-progress.js';
import { initialWizard, wizardReducer, writeCount, type WizardState } from './wizard-state.js';

/** The id `import:cancel` uses to stop a preview still reading, and `import:progress` reports under. */
const newRequestId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `r${String(Date.now())}${String(Math.random()).slice(2)}`;

export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [s, dispatch] = useReducer(wizardReducer, initialWizard);
  const progress = useImportProgress(s.busy ? s.requestId : null);
  // While files may still be chosen or read again (another mapping), keep a reader process
  // started ahead in the core: the wait after choosing is then the import, not a process start.
  const mayRead = !s.busy && s.step < 3;
  useEffect(() => {
    if (mayRead) call('import:ready', {}).catch(() => undefined);
  }, [mayRead]);

  /** Reads and plans again with the state's choices (overridden by `next` for a change just made). */
  const check = async (next: Partial<WizardState> = {}) => {
    const c = { ...s, ...next };
    const id = newRequestId();
    dispatch({ type: 'busy', busy: 'reading', requestId: id });
    try {
      const files = await Promise.all(
        c.picked.map(async (p) => {
          const encoding = c.encodings[p.name];
          return {
            name: p.name,
            base64: await fileToBase64(p.file),
            ...(encoding ? { encoding } : {}),
          };
        }),
      );
      const pending = await call('import:preview', {
        files,
        mappings: c.mappings,
        decisions: c.decisions,
        ...(c.acceptNames.length > 0 ? { acceptNames: c.acceptNames } : {}),
        ...(c.replace.length > 0 ? { replace: c.replace } : {}),
        requestId: id,
      });
      dispatch({ type: 'previewed', pending });
    } catch (e) {
      if (toApiError(e).code !== 'CANCELLED') void message.error(errorText(e));
    } finally {
      dispatch({ type: 'busy', busy: null, requestId: null });
    }
  };
  const stopReading = () => {
    if (s.requestId) void call('import:cancel', { id: s.requestId }).catch(() => undefined);
  };
  const commit = async () => {
    if (!s.pending) return;
    const id = newRequestId();
    dispatch({ type: 'busy', busy: 'committing', requestId: id });
    try {
      const result = await call('import:commit', {
        id: s.pending.id,
        acceptWarnings: s.acceptWarnings,
        skipInvalid: s.skipInvalid,
        requestId: id,
      });
      if (result.rejectedFile)
        downloadBase64(result.rejectedFile.fileName, result.rejectedFile.base64, XLSX_TYPE);
      dispatch({ type: 'committed', result });
    } catch (e) {
      void message.error(errorText(e));
    } finally {
      dispatch({ type: 'busy', busy: null, requestId: null });
    }
  };
  const reset = () => {
    if (s.pending?.id) void call('import:cancel', { id: s.pending.id }).catch(() => undefined);
    dispatch({ type: 'reset' });
  };
  const template = async () => {
    try {
      const r = await call('import:template', {});
      downloadBase64(r.fileName, r.base64, XLSX_TYPE);
    } catch (e) {
      void message.error(errorText(e));
    }
  };

  const preview = s.pending?.preview;
  const done = s.committed;
  return (
    <Flex vertical gap={16} style={{ padding: 24, maxWidth: 1200 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('import.title')}
        </Typography.Title>
        <Button icon={<DownloadOutlined />} onClick={() => void template()}>
          {t('import.template')}
        </Button>
      </Flex>
      <Steps
        current={s.step}
        items={(['choose', 'mapping', 'preview', 'done'] as const).map((k) => ({
          title: t(`import.steps.${k}`),
        }))}
      />
      {s.busy && (
        <ImportProgressPanel
          busy={s.busy}
          progress={progress}
          writeCount={writeCount(preview)}
          onStop={stopReading}
        />
      )}
      {/* The steps stay visible but cannot be used while a preview or commit runs. */}
      <div inert={s.busy !== null} style={s.busy ? { opacity: 0.5 } : undefined}>
        {s.step === 0 && (
          <Flex vertical gap={12}>
            <Upload.Dragger
              multiple
              accept=".xlsx,.xls,.et,.ods,.csv,.txt"
              fileList={s.picked.map((p) => ({ uid: p.uid, name: p.name }))}
              beforeUpload={(file) => {
                dispatch({ type: 'pick', file: { uid: file.uid, name: file.name, file } });
                return false; // read locally; never sent anywhere by the upload widget itself
              }}
              onRemove={(f) => {
                dispatch({ type: 'unpick', uid: f.uid });
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.chooseHint')}</p>
              <p className="ant-upload-hint">{t('import.chooseNote')}</p>
            </Upload.Dragger>
            <Flex justify="end">
              <Button
                type="primary"
                disabled={s.picked.length === 0}
                onClick={() => void check({ mappings: {} })}
              >
                {t('import.check')}
              </Button>
            </Flex>
          </Flex>
        )}
        {s.step === 1 && preview && (
          <Flex vertical gap={12}>
            <MappingStep
              preview={preview}
              mappings={s.mappings}
              onChange={(key, mapping) => {
                dispatch({ type: 'mapping', key, mapping });
              }}
              onEncoding={(file, encoding) => {
                dispatch({ type: 'encoding', file, encoding });
                void check({ encodings: { ...s.encodings, [file]: encoding } });
              }}
            />
            <Flex justify="end" gap={8}>
              <Button onClick={reset}>{t('import.cancel')}</Button>
              <Button disabled={Object.keys(s.mappings).length === 0} onClick={() => void check()}>
                {t('import.recheck')}
              </Button>
              <Button
                type="primary"
                onClick={() => {
                  dispatch({ type: 'step', step: 2 });
                }}
              >
                {t('import.steps.preview')}
              </Button>
            </Flex>
          </Flex>
        )}
        {s.step === 2 && preview && s.pending && (
          <Flex vertical gap={12}>
            <AmbiguousPanel
              ambiguous={preview.ambiguous}
              decisions={s.decisions}
              onDecide={(key, choice) => {
                dispatch({ type: 'decide', key, choice });
              }}
            />
            <ReplaceChoice
              value={s.replace}
              onChange={(scopes) => {
                dispatch({ type: 'replace', scopes });
              }}
            />
            {s.choicesChanged && (
              <Flex justify="end">
                <Button type="primary" ghost onClick={() => void check()}>
                  {t('import.recheckChoices')}
                </Button>
              </Flex>
            )}
            <PreviewStep preview={preview}>
              <ConsequencesPanel id={s.pending.id} />
              <RowPreview
                id={s.pending.id}
                totals={preview.rowTotals}
                acceptNames={s.acceptNames}
                onAcceptName={(id, accept) => {
                  dispatch({ type: 'acceptName', id, accept });
                }}
              />
            </PreviewStep>
            <CommitBar
              preview={preview}
              acceptWarnings={s.acceptWarnings}
              skipInvalid={s.skipInvalid}
              stale={s.choicesChanged}
              onAcceptWarnings={(value) => {
                dispatch({ type: 'acceptWarnings', value });
              }}
              onSkipInvalid={(value) => {
                dispatch({ type: 'skipInvalid', value });
              }}
              onBack={() => {
                dispatch({ type: 'step', step: 1 });
              }}
              onCancel={reset}
              onCommit={() => void commit()}
            />
          </Flex>
        )}
        {s.step === 3 && done && (
          <Flex vertical gap={12}>
            <Result
              status="success"
              title={t('import.doneTitle')}
              subTitle={t('import.doneBody', { runId: done.runId })}
            />
            <Flex vertical gap={4} data-testid="import-written">
              <Typography.Text>
                {t('import.progress.done', { count: formatNumber(writeCount(done.preview)) })}
              </Typography.Text>
              <Progress percent={100} status="success" />
            </Flex>
            {done.rejectedFile && (
              <Alert
                type="warning"
                showIcon
                data-testid="import-skipped"
                title={t('import.partial.skipped', {
                  count: done.skipped,
                  file: done.rejectedFile.fileName,
                })}
                action={
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    onClick={() => {
                      if (done.rejectedFile)
                        downloadBase64(
                          done.rejectedFile.fileName,
                          done.rejectedFile.base64,
                          XLSX_TYPE,
                        );
                    }}
                  >
                    {t('import.partial.download')}
                  </Button>
                }
              />
            )}
            <PreviewStep preview={done.preview} />
            <Flex justify="end">
              <Button type="primary" onClick={reset}>
                {t('import.restart')}
              </Button>
            </Flex>
          </Flex>
        )}
      </div>
      {s.step === 0 && <ImportRuns />}
    </Flex>
  );
}
