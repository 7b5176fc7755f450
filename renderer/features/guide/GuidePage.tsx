// 使用指南: the user guide inside the app (works offline), in the app's language, a table of contents
// and one card per section with the screenshot the end-to-end tests took of the real pages.
import { Anchor, Card, Flex, Image, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { GUIDE_EN } from './guide-content-en.js';
import { GUIDE } from './guide-content.js';

const INTRO = {
  zh: '本指南介绍从安装到向领导汇报的日常工作流程。图中画面由自动化测试从软件实际页面截取，与当前版本一致。',
  en: 'This guide follows the daily work from installing the app to reporting to the leadership. The pictures are taken of the real pages by the automated tests, so they match this version (in Chinese, as the app is used).',
};

export function GuidePage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const sections = en ? GUIDE_EN : GUIDE;
  return (
    <Flex gap={24} style={{ padding: 24, alignItems: 'flex-start' }}>
      <Flex vertical gap={16} style={{ flex: 1, maxWidth: 1000 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('nav.guide')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{en ? INTRO.en : INTRO.zh}</Typography.Paragraph>
        {sections.map((s) => (
          <Card key={s.id} id={`guide-${s.id}`} title={s.title} aria-label={s.title}>
            {s.paragraphs.map((p) => (
              <Typography.Paragraph key={p.slice(0, 24)}>{p}</Typography.Paragraph>
            ))}
            {s.image && (
              <Image
                src={s.image.src}
                alt={s.image.alt}
                style={{ border: '1px solid #f0f0f0', maxWidth: '100%' }}
              />
            )}
          </Card>
        ))}
      </Flex>
      <Anchor
        style={{ width: 200, position: 'sticky', top: 24 }}
        getContainer={() => document.getElementById('main') ?? window}
        items={sections.map((s) => ({ key: s.id, href: `#guide-${s.id}`, title: s.title }))}
        onClick={(e, link) => {
          // The app routes on the hash: scroll to the section without changing the page.
          e.preventDefault();
          document.querySelector(link.href)?.scrollIntoView({ behavior: 'smooth' });
        }}
      />
    </Flex>
  );
}
